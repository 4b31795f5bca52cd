package social.rapport.limits;

import java.time.Duration;

/** How many of each kind of request are allowed in which window; the configuration answers. */
public interface LimitNumbers {
    int signInPerIp();

    Duration signInIpWindow();

    int signInPerAccount();

    Duration signInAccountWindow();

    int signUpPerIp();

    Duration signUpWindow();

    int apiPerAccount();

    int apiPerIp();

    Duration apiWindow();

    int pagesPerAccount();

    int pagesPerIp();

    /** Password reset requests per address in {@link #passwordResetWindow()}. */
    default int passwordResetPerIp() {
        return 10;
    }

    /** Password reset requests per email address (known or not) in {@link #passwordResetWindow()}. */
    default int passwordResetPerEmail() {
        return 5;
    }

    default Duration passwordResetWindow() {
        return Duration.ofHours(1);
    }
}
