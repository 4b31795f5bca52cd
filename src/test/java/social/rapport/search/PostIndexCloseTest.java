package social.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stops interrupts its threads; one interrupted while it commits the index leaves the
 * writer unable to commit. Closing must still succeed (the server's close goes on to the rest), and
 * the folder must open again at the next start.
 */
class PostIndexCloseTest {

    @Test
    void an_index_whose_writer_was_interrupted_while_committing_closes_and_opens_again(@TempDir Path dir)
            throws Exception {
        PostIndex index = PostIndex.open(dir);
        index.commit(true);
        Thread writer = new Thread(() -> {
            Thread.currentThread().interrupt();
            index.clear();
            try {
                index.commit();
            } catch (RuntimeException expected) {
                // the interrupt breaks the commit; what matters is what closing does next
            }
        });
        writer.start();
        writer.join();

        assertThatCode(index::close).doesNotThrowAnyException();
        try (PostIndex again = PostIndex.open(dir)) {
            // The commit made before the interrupted one is what the folder holds.
            assertThat(again.complete()).isTrue();
        }
    }
}
