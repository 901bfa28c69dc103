package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSummaryTest {

  private static final JsonFactory JSON = new JsonFactory();

  private static String manifest(int files) {
    StringBuilder s = new StringBuilder("{\"program\": \"dateline\", \"inputs\": [");
    for (int i = 0; i < files; i++) {
      String folder = i % 2 == 0 ? "/data/news/a" : "/data/news/b/deep";
      s.append(i == 0 ? "" : ", ").append("{\"path\": \"").append(folder).append("/f").append(i)
          .append(".json\", \"bytes\": 10, \"format\": \"").append(i % 3 == 0 ? "jsonl" : "json")
          .append("\", \"records\": 3, \"problems\": ").append(i == 7 ? 2 : 0)
          .append(", \"records_at\": [\"$\"]}");
    }
    return s.append("], \"counts\": []}").toString();
  }

  private static JsonNode summary(int files) throws Exception {
    List<InputSummary.Input> inputs = InputSummary.read(JSON, manifest(files));
    assertEquals(files, inputs.size());
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      InputSummary.write(g, inputs);
      g.writeEndObject();
    }
    return new ObjectMapper().readTree(w.toString());
  }

  @Test
  void foldersWithProblemsComeFirstAndPathsAreBelowTheSharedFolder() throws Exception {
    JsonNode s = summary(10);
    assertEquals("/data/news", s.get("inputs_root").asText());
    assertEquals("[[\"b/deep\",5,\"json, jsonl\",15,2,50],[\"a\",5,\"json, jsonl\",15,0,50]]",
        s.get("inputs_by_folder").toString());
    assertEquals("b/deep/f7.json", s.get("input_files_listed").get(0).get(0).asText());
    assertEquals(10, s.get("input_files_listed").size());
    assertEquals("a/f0.json", s.get("input_files_listed").get(1).get(0).asText());
  }

  @Test
  void aLongListEmbedsOnlyTheFilesWithProblems() throws Exception {
    JsonNode s = summary(InputSummary.FILES_LISTED + 1);
    assertFalse(s.get("input_files_all_listed").asBoolean());
    assertEquals(1, s.get("input_files_listed").size());
    assertEquals(InputSummary.FILES_LISTED + 1, s.get("input_files").asInt());
  }

  @Test
  void oneFileIsShownByNameInItsFolder() {
    assertEquals("/x/y", InputSummary.root(List.of(new InputSummary.Input("/x/y/z.txt", "text", 1, 0, 1))));
    assertEquals("z.txt", InputSummary.relative("/x/y", "/x/y/z.txt"));
    assertEquals("", InputSummary.root(List.of(new InputSummary.Input("a.txt", "text", 1, 0, 1),
        new InputSummary.Input("b/c.txt", "text", 1, 0, 1))));
  }
}
