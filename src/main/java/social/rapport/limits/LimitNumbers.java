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
}
