package social.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;

/** Bracketed form names read into the tree the same parameters would have as JSON (no database involved). */
class FormTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void nestedNamesGiveTheJsonTree() throws Exception {
        Map<String, List<String>> form = Map.of(
                "poll[options][]",
                List.of("yes", "no"),
                "poll[expires_in]",
                List.of("300"),
                "source[privacy]",
                List.of("private"),
                "fields_attributes[1][name]",
                List.of("Pronouns"),
                "fields_attributes[0][name]",
                List.of("Site"),
                "fields_attributes[10][value]",
                List.of("ten"),
                "status",
                List.of("plain"));
        assertThat(FormTree.under(form, "poll"))
                .isEqualTo(json("{\"options\":[\"yes\",\"no\"],\"expires_in\":\"300\"}"));
        assertThat(FormTree.under(form, "source")).isEqualTo(json("{\"privacy\":\"private\"}"));
        assertThat(FormTree.items(FormTree.under(form, "fields_attributes")))
                .containsExactly(
                        json("{\"name\":\"Site\"}"), json("{\"name\":\"Pronouns\"}"), json("{\"value\":\"ten\"}"));
        assertThat(FormTree.under(form, "status")).isNull();
        assertThat(FormTree.under(form, "missing")).isNull();
    }

    @Test
    void malformedOrClashingNamesAreRefusedNamingTheField() {
        for (Map<String, List<String>> form : List.of(
                Map.of("poll[options", List.of("x")),
                Map.of("poll[options]x", List.of("x")),
                Map.of("poll[][name]", List.of("x")),
                Map.of("poll[a]", List.of("x"), "poll[a][b]", List.of("y")),
                Map.of("poll[a][b][c][d][e][f][g]", List.of("deep")))) {
            assertThatThrownBy(() -> FormTree.under(form, "poll"))
                    .as(form.toString())
                    .isInstanceOfSatisfying(
                            Problem.class, p -> assertThat(p.fields()).containsKey("poll"));
        }
    }

    @Test
    void listsAreArraysOrIndexKeyedObjects() throws Exception {
        assertThat(FormTree.items(json("[\"a\",\"b\"]"))).hasSize(2);
        assertThat(FormTree.items(json("{\"1\":\"b\",\"0\":\"a\"}"))).containsExactly(json("\"a\""), json("\"b\""));
        assertThat(FormTree.items(json("{\"x\":\"a\"}"))).isNull();
        assertThat(FormTree.items(json("\"a\""))).isNull();
    }
}
