package social.rapport.account;

import social.rapport.core.Problem;

/** An administrator opens registrations, asks for approval of each, or closes them. */
public final class SetRegistrationMode {
    private final Settings settings;

    public SetRegistrationMode(Settings settings) {
        this.settings = settings;
    }

    public void set(Account actor, String mode) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        Settings.Registration r = Settings.Registration.parse(mode)
                .orElseThrow(() -> Problem.invalid("registration", "Registration must be open, approval or closed"));
        settings.setRegistration(r);
    }

    /** What the admin settings page shows; only administrators see it. */
    public Settings.Registration current(Account actor) {
        if (actor == null || !actor.admin()) throw Problem.notFound();
        return settings.registration();
    }
}
