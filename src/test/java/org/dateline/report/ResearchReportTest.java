package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.dateline.analysis.FeatureKind;
import org.dateline.analysis.KeynessRow;
import org.dateline.analysis.KeynessScore;
import org.dateline.analysis.Reference;
import org.junit.jupiter.api.Test;

class ResearchReportTest {

  @Test
  void statisticsAreWrittenWithFourDecimalsAndProbabilitiesWithFourDigits() {
    assertEquals("4.5349", ReportNumbers.fixed(4.534871));
    assertEquals("-4.5349", ReportNumbers.fixed(-4.534871));
    assertEquals("3", ReportNumbers.fixed(3.0));
    assertEquals("0", ReportNumbers.fixed(-0.00001));
    assertEquals("0.03321", ReportNumbers.probability(0.033210397151642986));
    assertEquals("1.524e-23", ReportNumbers.probability(1.5239706048320995e-23));
    assertEquals("0.001", ReportNumbers.probability(0.001));
    assertEquals("1", ReportNumbers.probability(1.0));
    assertEquals("0", ReportNumbers.probability(0.0));
    assertThrows(IllegalArgumentException.class, () -> ReportNumbers.fixed(Double.NaN));
  }

  @Test
  void keynessRowsAreWrittenWithTheirColumnsAndNeutralisedNames() throws Exception {
    KeynessRow row = new KeynessRow(LocalDate.of(2024, 3, 1), FeatureKind.TERM, "=cmd", null, 7, 2, 10, 9,
        KeynessScore.of(7, 2, 10, 9));
    StringWriter out = new StringWriter();
    CsvReportWriter.print(KeynessColumn.class, List.of(row), out);
    assertEquals("period,kind,feature,type,count,reference_count,period_total,reference_total,g2,p,log_ratio\n"
        + "2024-03-01,term,'=cmd,,7,2,10,9,4.5349,0.03321,1.6554\n", out.toString());
  }

  @Test
  void optionsAreCheckedWithTheFixInTheMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ResearchOptions(5, Reference.REST, List.of(4)));
    assertTrue(e.getMessage().contains("2, 3 or 2,3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ResearchOptions(0, Reference.REST, List.of(2)));
    assertEquals(0, ResearchOptions.off().maxCollocationSize());
    assertEquals(3, new ResearchOptions(5, Reference.REST, List.of(3, 2)).maxCollocationSize());
  }
}
