package social.rapport.account;

import java.time.Duration;
import social.rapport.account.oauth.OAuth;
import social.rapport.core.Emojis;
import social.rapport.mail.MailQueue;
import social.rapport.store.Database;

/** The accounts feature's services: sign-up and sign-in, sessions and tokens, profiles, settings. */
public record AccountServices(
        AccountStore accounts,
        Settings settings,
        SignedOutAccess signedOut,
        SignUp signUp,
        Tokens tokens,
        OAuth oauth,
        WebSessions webSessions,
        SignIn signIn,
        ChangePassword changePassword,
        DeleteAccount deleteAccount,
        UpdateProfile updateProfile,
        FindAccount findAccount,
        ListSessions listSessions,
        EndSession endSession,
        RevokeToken revokeToken,
        SuspendAccount suspend,
        TokenViewers tokenViewers,
        LiveCredentials liveCredentials,
        ResetPassword resetPassword,
        ConfirmEmail confirmEmail,
        ChangeEmail changeEmail) {

    /**
     * `attempts`: the rate limit on password checks, asked before each; `emojis`: the server's custom
     * emoji, which accounts are read with (their display names' and bios'); `mail`: the queue of
     * outgoing mail (reset and confirmation links); `baseUrl`: the address links point at;
     * `confirmSignUps`: whether sign-ups in the open mode wait for their address to be confirmed.
     */
    public static AccountServices build(
            Database db,
            Duration sessionIdle,
            String domain,
            PasswordAttempts attempts,
            Emojis emojis,
            MailQueue mail,
            String baseUrl,
            boolean confirmSignUps) {
        AccountStore accounts = new AccountStore(emojis);
        Settings settings = new Settings(db);
        ConfirmEmail confirmEmail = new ConfirmEmail(db, accounts, mail, baseUrl, domain);
        SignUp signUp = new SignUp(db, accounts, settings, confirmSignUps ? confirmEmail : null);
        Tokens tokens = new Tokens(db);
        OAuth oauth = new OAuth(db, tokens, accounts);
        WebSessions webSessions = new WebSessions(db, sessionIdle);
        return new AccountServices(
                accounts,
                settings,
                new SignedOutAccess(settings),
                signUp,
                tokens,
                oauth,
                webSessions,
                new SignIn(db, accounts, attempts),
                new ChangePassword(db, accounts, webSessions, tokens, attempts),
                new DeleteAccount(db, accounts, webSessions, tokens, attempts),
                new UpdateProfile(db, accounts),
                new FindAccount(db, accounts, domain),
                new ListSessions(webSessions, tokens, oauth),
                new EndSession(db, webSessions),
                new RevokeToken(db, tokens),
                new SuspendAccount(db, accounts),
                new TokenViewers(db, tokens, accounts),
                new LiveCredentials(db, sessionIdle),
                new ResetPassword(db, accounts, webSessions, tokens, mail, baseUrl, domain),
                confirmEmail,
                new ChangeEmail(db, accounts, attempts, confirmEmail));
    }
}
