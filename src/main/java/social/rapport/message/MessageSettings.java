package social.rapport.message;

import social.rapport.store.Database;

/** Who may message a person: read and changed by that person alone. */
public final class MessageSettings {
    private final Database db;
    private final MessageStore store;

    MessageSettings(Database db, MessageStore store) {
        this.db = db;
        this.store = store;
    }

    public WhoMayMessage of(int account) {
        return db.read(h -> store.setting(h, account).map(WhoMayMessage::stored).orElse(WhoMayMessage.DEFAULT));
    }

    /** Changes it; a message being filed at the same moment holds the row, so it is seen before or after. */
    public WhoMayMessage change(int account, WhoMayMessage who) {
        db.writeVoid(tx -> store.saveSetting(tx, account, who.wire()));
        return who;
    }
}
