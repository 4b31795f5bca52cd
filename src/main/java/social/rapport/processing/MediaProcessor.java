package social.rapport.processing;

import java.nio.file.Path;

/**
 * Turns an uploaded file into the files Rapport serves. Implementations recognise the file by its
 * content (never by its name or declared type alone), refuse what they cannot make safe with
 * `Problem.invalid("file", …)` (a 422, nothing kept), and write their renditions into `workDir`.
 */
public interface MediaProcessor {
    Processed process(Path upload, String declaredType, String fileName, Path workDir);
}
