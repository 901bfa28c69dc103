package org.dateline.clean.near;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {

  private static final Shingler SHINGLER = new Shingler();

  static final String FLOOD = "Pyongyang, March 3 (KCNA) -- Workers of the Sinpo fishery completed the repair of "
      + "twelve trawlers ahead of the spring season, the manager of the enterprise told reporters on Tuesday. "
      + "The crews replaced the engines of seven boats with ones made at the local machine plant and fitted "
      + "new nets woven by the families of the fishermen. The enterprise plans to land 4,500 tons of pollack "
      + "and squid this year, a third more than last year, and has built two cold stores by the harbour. "
      + "Officials said the work was finished nine days earlier than planned thanks to the competition "
      + "between the brigades.";

  static final String GREENHOUSE = "Pyongyang, March 3 (KCNA) -- A vegetable greenhouse farm covering 30 hectares "
      + "went into operation in Jungphyong, North Hamgyong Province, on Monday. The farm has more than 300 "
      + "greenhouses heated by a biogas plant and grows cucumbers, tomatoes and cabbages all year round. "
      + "Housing for 800 families of farm workers, a school and a clinic were built beside it. Speeches were "
      + "made at the ceremony by the chairman of the provincial committee, who praised the builders for "
      + "completing the work in a short time.";

  static final String BOILERPLATE_A = "Pyongyang, March 3 (KCNA) -- The Korean people are full of pride and "
      + "confidence in the socialist cause. A delegation of the Ministry of Culture left Pyongyang on Monday "
      + "for Vientiane to attend an exhibition of paintings by Lao artists. It was seen off at the airport by "
      + "officials of the ministry and the embassy staff.";

  static final String BOILERPLATE_B = "Pyongyang, March 3 (KCNA) -- The Korean people are full of pride and "
      + "confidence in the socialist cause. A team of the State Hydro-Meteorological Administration returned "
      + "home on Tuesday after surveying rivers in Ryanggang Province for flood warnings. It was met at the "
      + "station by officials of the administration.";

  @Test
  void anEditedCopyClustersWithItsStoryAndTheEarlierDatedIsKept() {
    String edited = FLOOD.replace("March 3", "March 5").replace("twelve", "fourteen")
        .replace(" and has built two cold stores by the harbour", "");
    NearDuplicateFinder finder = finder(0.3, null);
    finder.add(0, "edited", LocalDate.of(2024, 3, 5), SHINGLER.signature(edited));
    finder.add(1, "greenhouse", LocalDate.of(2024, 3, 3), SHINGLER.signature(GREENHOUSE));
    finder.add(2, "flood", LocalDate.of(2024, 3, 3), SHINGLER.signature(FLOOD));

    NearDuplicateFinder.Clusters clusters = finder.cluster();

    assertEquals(1, clusters.clusters());
    assertEquals(2, clusters.largest());
    List<NearDuplicateFinder.Member> m = clusters.members();
    assertEquals(List.of("edited", "flood"), m.stream().map(NearDuplicateFinder.Member::docId).toList());
    assertFalse(m.get(0).kept());
    assertTrue(m.get(1).kept(), "the earlier dated record is kept although it comes later");
    assertEquals("flood", m.get(0).keptDocId());
    assertEquals(1.0, m.get(1).similarityToKept());
    assertTrue(m.get(0).similarityToKept() > 0.6 && m.get(0).similarityToKept() < 1, "" + m.get(0));
    assertEquals(List.of("edited"), clusters.dropped().stream().map(NearDuplicateFinder.Member::docId).toList());
  }

  @Test
  void distinctStoriesSharingTheDatelineAndStockPhrasesDoNotCluster() {
    Signature a = SHINGLER.signature(BOILERPLATE_A);
    Signature b = SHINGLER.signature(BOILERPLATE_B);
    assertTrue(a.similarity(b) < NearDuplicateSettings.DEFAULT_THRESHOLD, "similarity " + a.similarity(b));
    NearDuplicateFinder finder = finder(NearDuplicateSettings.DEFAULT_THRESHOLD, null);
    finder.add(0, "a", LocalDate.of(2024, 3, 3), a);
    finder.add(1, "b", LocalDate.of(2024, 3, 3), b);
    finder.add(2, "c", LocalDate.of(2024, 3, 3), SHINGLER.signature(FLOOD));
    finder.add(3, "d", LocalDate.of(2024, 3, 3), SHINGLER.signature(GREENHOUSE));
    assertEquals(0, finder.cluster().clusters());
  }

  @Test
  void aStoryInsideALongerDigestMatchesByContainment() {
    String digest = BOILERPLATE_A + "\n" + FLOOD + "\n" + BOILERPLATE_B;
    Signature story = SHINGLER.signature(FLOOD);
    Signature whole = SHINGLER.signature(digest);
    assertTrue(story.similarity(whole) < 0.7, "similarity " + story.similarity(whole));
    assertTrue(story.containment(whole) > 0.9, "containment " + story.containment(whole));
    assertTrue(story.nameContainment(whole) >= NearDuplicateFinder.DEFAULT_NAME_CONTAINMENT, "names " + story.nameContainment(whole));
    NearDuplicateFinder finder = finder(0.7, null);
    finder.add(0, "digest", LocalDate.of(2024, 3, 4), whole);
    finder.add(1, "story", LocalDate.of(2024, 3, 3), story);
    assertEquals(List.of("digest", "story*"), finder.cluster().members().stream()
        .map(m -> m.docId() + (m.kept() ? "*" : "")).toList());
  }

  @Test
  void aTemplatedNoticeOfAnotherEventDoesNotMatchThoughItsWordsAreAlmostAllTheSame() {
    String template = "Pyongyang, February 4 (KCNA) -- A preparatory committee for celebrating the Day of the "
        + "Shining Star was formed in %s on January 28. Its chairman is %s, chairman of the %s. "
        + "The committee decided to hold a seminar, a film show and a photo exhibition in %s on the occasion "
        + "of the birth anniversary of leader Kim Jong Il, and to send a congratulatory letter to Pyongyang.";
    Signature thailand = SHINGLER.signature(String.format(template, "Thailand", "Somchai Pradit",
        "Thai Association for the Study of the Juche Idea", "Bangkok"));
    Signature serbia = SHINGLER.signature(String.format(template, "Serbia", "Dragan Jovanovic",
        "Serbian Group for the Study of the Juche Idea", "Belgrade"));
    assertTrue(thailand.similarity(serbia) >= 0.6, "the words: " + thailand.similarity(serbia));
    assertTrue(thailand.nameContainment(serbia) < NearDuplicateFinder.DEFAULT_NAME_CONTAINMENT,
        "the names: " + thailand.nameContainment(serbia));
    NearDuplicateFinder finder = finder(NearDuplicateSettings.DEFAULT_THRESHOLD, null);
    finder.add(0, "thailand", LocalDate.of(2024, 2, 4), thailand);
    finder.add(1, "serbia", LocalDate.of(2024, 2, 4), serbia);
    assertEquals(0, finder.cluster().clusters());
  }

  @Test
  void theWindowLimitsMatchesToRecordsDatedCloseEnough() {
    String repost = FLOOD.replace("March 3", "March 20");
    for (Integer window : new Integer[] {null, 17, 16}) {
      NearDuplicateFinder finder = finder(0.3, window);
      finder.add(0, "first", LocalDate.of(2024, 3, 3), SHINGLER.signature(FLOOD));
      finder.add(1, "repost", LocalDate.of(2024, 3, 20), SHINGLER.signature(repost));
      finder.add(2, "undated", null, SHINGLER.signature(FLOOD + " More."));
      NearDuplicateFinder.Clusters clusters = finder.cluster();
      List<String> ids = clusters.members().stream().map(NearDuplicateFinder.Member::docId).toList();
      if (window == null) {
        assertEquals(List.of("first", "repost", "undated"), ids);
      } else if (window == 17) {
        assertEquals(List.of("first", "repost"), ids, "with a window an undated record matches nothing");
      } else {
        assertEquals(List.of(), ids);
      }
    }
  }

  @Test
  void tiesOnTheDateKeepTheFirstInInputOrderAndClustersAreNumberedByTheirKeptRecord() {
    NearDuplicateFinder finder = finder(0.3, null);
    // added out of order: input order is the sequence number
    finder.add(7, "green-2", LocalDate.of(2024, 3, 4), SHINGLER.signature(GREENHOUSE + " It opened."));
    finder.add(5, "flood-2", LocalDate.of(2024, 3, 3), SHINGLER.signature(FLOOD + " Next year more."));
    finder.add(3, "flood-1", LocalDate.of(2024, 3, 3), SHINGLER.signature(FLOOD));
    finder.add(6, "green-1", LocalDate.of(2024, 3, 4), SHINGLER.signature(GREENHOUSE));
    finder.add(4, "undated", null, SHINGLER.signature(GREENHOUSE));

    NearDuplicateFinder.Clusters clusters = finder.cluster();

    assertEquals(2, clusters.clusters());
    List<String> rows = clusters.members().stream()
        .map(m -> m.cluster() + ":" + m.docId() + (m.kept() ? "*" : "")).toList();
    assertEquals(List.of("1:flood-1*", "1:flood-2", "2:undated", "2:green-1*", "2:green-2"), rows);
    assertEquals(3, clusters.largest());
  }

  @Test
  void theClustersDoNotDependOnTheOrderRecordsArrive() {
    String[] texts = {FLOOD, GREENHOUSE, FLOOD.replace("twelve", "ten"), BOILERPLATE_A, GREENHOUSE + " Also.",
        BOILERPLATE_B, FLOOD + " Extra sentence here."};
    NearDuplicateFinder forward = finder(0.3, null);
    NearDuplicateFinder backward = finder(0.3, null);
    for (int i = 0; i < texts.length; i++) {
      forward.add(i, "d" + i, LocalDate.of(2024, 1, 1 + i % 3), SHINGLER.signature(texts[i]));
      int j = texts.length - 1 - i;
      backward.add(j, "d" + j, LocalDate.of(2024, 1, 1 + j % 3), SHINGLER.signature(texts[j]));
    }
    assertEquals(forward.cluster(), backward.cluster());
    assertEquals(2, forward.cluster().clusters());
  }

  @Test
  void theDatelineNeitherMakesNorBreaksAMatch() {
    assertEquals("Title here.   Workers met.", Shingler.withoutDateline("Title here. Pyongyang, March 3 (KCNA) -- Workers met."));
    assertEquals(SHINGLER.signature("Workers met in the hall to hear a report on the plan."),
        SHINGLER.signature("Pyongyang, June 12 (KCNA) -- Workers met in the hall to hear a report on the plan."));
    assertNull(SHINGLER.signature(" -- ,"));
    assertEquals(2, SHINGLER.signature("Two words").words());
  }

  @Test
  void numbersAreKeptAndCaseIsFolded() {
    Signature a = SHINGLER.signature("The plant made 4500 tons of steel in May and June");
    // the shingles fold case; the names are the capitalised words, so they do not
    assertEquals(1.0, a.similarity(SHINGLER.signature("THE PLANT made 4500 tons of Steel in May and June")));
    assertTrue(a.similarity(SHINGLER.signature("The plant made 9800 tons of steel in May and June")) < 1);
  }

  @Test
  void theSignatureIsFixedBySeed() {
    assertEquals(new Shingler().signature(FLOOD), new Shingler().signature(FLOOD));
    assertEquals(128, SHINGLER.signature(FLOOD).values().length);
    assertEquals(128, SHINGLER.signature(FLOOD).names().length);
  }

  private static NearDuplicateFinder finder(double threshold, Integer window) {
    return new NearDuplicateFinder(threshold, window, NearDuplicateFinder.DEFAULT_BANDS);
  }
}
