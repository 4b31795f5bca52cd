package social.rapport.message.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.account.SessionViewers;
import social.rapport.core.Problem;
import social.rapport.message.Messages;
import social.rapport.message.ShowConversations;
import social.rapport.message.WhoMayMessage;
import social.rapport.page.Form;
import social.rapport.page.Notices;
import social.rapport.page.Pages;
import social.rapport.page.SignedIn;
import social.rapport.review.ResearchCards;
import social.rapport.review.ReviewQueue;
import social.rapport.status.Cursor;
import social.rapport.status.PostStatus;
import social.rapport.status.StatusEntity;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * The messages pages on the same services as the API: the inbox of conversations with unread
 * markers, the requests folder with a research card of each sender, a conversation with a composer,
 * and who may message one. Reading a conversation changes nothing; marking it read is a button.
 */
public final class MessagePages implements Routes {
    /** The services these pages call: the same ones the API calls. */
    public record Services(Messages messages, PostStatus post, ResearchCards cards) {}

    static final Notices NOTICES = new Notices(Map.ofEntries(
            Map.entry("message-accepted", "Request accepted: the conversation is in your messages."),
            Map.entry("message-declined", "Request declined."),
            Map.entry("message-sent", "Message sent."),
            Map.entry("message-read", "Marked as read."),
            Map.entry("message-settings", "Saved who may message you.")));

    static final int SHOWN = 40;
    static final int CARD_POSTS = 5;
    private final Pages pages;
    private final Services s;

    public MessagePages(Pages pages, Services services) {
        this.pages = pages;
        pages.declare(NOTICES);
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/messages", SignedIn.page(this::inbox));
        r.get("/messages/requests", SignedIn.page(this::requests));
        r.post("/messages/requests/{id}/accept", SignedIn.page((ctx, me) -> {
            s.messages().requests().accept(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/messages", "message-accepted");
        }));
        r.post("/messages/requests/{id}/decline", SignedIn.page((ctx, me) -> {
            s.messages().requests().decline(me.account().id(), Web.longId(ctx, "id"));
            Pages.seeOther(ctx, "/messages/requests", "message-declined");
        }));
        r.get("/settings/messages", SignedIn.page((ctx, me) -> settings(ctx, 200, me, Form.EMPTY, null)));
        r.post("/settings/messages", SignedIn.page(this::saveSettings));
        r.get("/messages/{id}", SignedIn.page((ctx, me) -> conversation(ctx, 200, me, Form.EMPTY)));
        r.post("/messages/{id}", SignedIn.page(this::send));
        r.post("/messages/{id}/read", SignedIn.page((ctx, me) -> {
            long id = Web.longId(ctx, "id");
            s.messages().read().read(me.account().id(), id);
            Pages.seeOther(ctx, "/messages/" + id, "message-read");
        }));
    }

    private void inbox(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        ShowConversations.Page page = s.messages().show().page(viewer, Cursor.newest(SHOWN));
        Map<String, Object> model = new HashMap<>();
        model.put("conversations", page.items());
        model.put("unread", s.messages().show().unreadCount(viewer));
        model.put("requests", s.messages().requests().pendingCount(viewer));
        pages.render(ctx, "messages/inbox.jte", "Messages", model);
    }

    private void requests(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        var pending = s.messages().requests().pending(viewer, Long.MAX_VALUE, SHOWN);
        List<RequestView> shown = new ArrayList<>();
        var entities = s.messages().requests().entities(viewer, pending);
        for (int i = 0; i < pending.size(); i++) {
            var card = s.cards().card(viewer, pending.get(i).request().senderId(), CARD_POSTS, Long.MAX_VALUE);
            shown.add(new RequestView(
                    entities.get(i).id(),
                    new ReviewQueue.Entry(card, null),
                    entities.get(i).lastStatus()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("requests", shown);
        model.put("viewerId", viewer);
        pages.render(ctx, "messages/requests.jte", "Message requests", model);
    }

    private void conversation(Context ctx, int status, SessionViewers.Found me, Form form) {
        long id = Web.longId(ctx, "id");
        ShowConversations.Thread t =
                s.messages().show().thread(me.account().id(), id).orElseThrow(Problem::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("thread", t);
        model.put("form", form);
        String with = t.handles().isEmpty() ? "yourself" : "@" + String.join(", @", t.handles());
        pages.render(ctx, status, "messages/conversation.jte", "Conversation with " + with, model);
    }

    private void send(Context ctx, SessionViewers.Found me) {
        int viewer = me.account().id();
        long id = Web.longId(ctx, "id");
        ShowConversations.Thread t = s.messages().show().thread(viewer, id).orElseThrow(Problem::notFound);
        String text = ctx.formParam("status");
        StringBuilder body = new StringBuilder();
        for (String handle : t.handles()) {
            if (text == null || !text.contains("@" + handle))
                body.append('@').append(handle).append(' ');
        }
        body.append(text == null ? "" : text);
        List<StatusEntity> posts = t.posts();
        String parent = posts.isEmpty() ? null : posts.get(posts.size() - 1).id();
        try {
            s.post()
                    .post(
                            viewer,
                            new PostStatus.Request(
                                    text == null || text.isBlank() ? "" : body.toString(),
                                    null,
                                    null,
                                    false,
                                    null,
                                    "direct",
                                    List.of(),
                                    List.of(),
                                    null,
                                    parent,
                                    null));
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            conversation(
                    ctx, 422, me, Form.entered(ctx.formParamMap(), "status").with(p));
            return;
        }
        s.messages().read().read(viewer, id);
        Pages.seeOther(ctx, "/messages/" + id, "message-sent");
    }

    private void settings(Context ctx, int status, SessionViewers.Found me, Form form, String chosen) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put(
                "who",
                chosen != null
                        ? chosen
                        : s.messages().settings().of(me.account().id()).wire());
        pages.render(ctx, status, "settings/messages.jte", "Who may message you", model);
    }

    private void saveSettings(Context ctx, SessionViewers.Found me) {
        String who = ctx.formParam("who_may_message");
        try {
            s.messages().settings().change(me.account().id(), WhoMayMessage.parse(who));
        } catch (Problem p) {
            if (p.status() != 422) throw p;
            settings(ctx, 422, me, Form.EMPTY.with(p), WhoMayMessage.DEFAULT.wire());
            return;
        }
        Pages.seeOther(ctx, "/settings/messages", "message-settings");
    }

    /** A request as the folder shows it: its id, the sender's research card, and the message. */
    public record RequestView(String id, ReviewQueue.Entry entry, StatusEntity message) {}
}
