package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityNamesTest {

  @Test
  void dropsTitlesAndHonorifics() {
    assertEquals(new EntityMention("Kim Jong Un", EntityType.PERSON, 2),
        EntityNames.normalize(new EntityMention("Comrade Kim Jong Un", EntityType.PERSON, 2)));
    assertEquals(new EntityMention("Kim Il Sung", EntityType.PERSON, 0),
        EntityNames.normalize(new EntityMention("President Kim Il Sung", EntityType.PERSON, 0)));
  }

  @Test
  void aMentionOpenedByAnHonorificIsAPerson() {
    assertEquals(new EntityMention("Kim Jong Un", EntityType.PERSON, 0),
        EntityNames.normalize(new EntityMention("Comrade Kim Jong Un", EntityType.ORGANIZATION, 0)));
    // A title that is not an honorific keeps the model's type.
    assertEquals(new EntityMention("Kim Il Sung Square", EntityType.LOCATION, 0),
        EntityNames.normalize(new EntityMention("Marshal Kim Il Sung Square", EntityType.LOCATION, 0)));
  }

  private static String name(String text) {
    return EntityNames.normalize(new EntityMention(text, EntityType.PERSON, 0)).text();
  }

  private static String org(String text) {
    return EntityNames.normalize(new EntityMention(text, EntityType.ORGANIZATION, 0)).text();
  }

  @Test
  void dropsTheTitlesOfStateMedia() {
    assertEquals("Kim Jong Un", name("General Secretary Kim Jong Un"));
    assertEquals("Kim Jong Un", name("Respected Comrade Kim Jong Un"));
    assertEquals("Kim Jong Un", name("Dear Respected Comrade Kim Jong Un"));
    assertEquals("Kim Jong Un", name("Chairman Kim Jong Un"));
    assertEquals("Kim Jong Un", name("Marshal Kim Jong Un"));
    assertEquals("Kim Jong Un", name("Supreme Leader Kim Jong Un"));
    assertEquals("Kim Jong Il", name("Generalissimo Kim Jong Il"));
    assertEquals("Kim Jong Il", name("Dear Leader Kim Jong Il"));
    assertEquals("Kim Il Sung", name("Great Leader Kim Il Sung"));
    assertEquals("Kim Il Sung", name("Great President Kim Il Sung"));
    assertEquals("Pak Thae Song", name("Premier Pak Thae Song"));
    assertEquals("Vladimir Putin", name("His Excellency Vladimir Putin"));
    assertEquals("Vladimir Putin", name("President Vladimir Putin"));
    assertEquals("Kim Jong Un", name("Leader Comrade Kim Jong Un"));
  }

  @Test
  void keepsNamesThatOpenWithAWordOfATitle() {
    assertEquals("Supreme People's Assembly", org("Supreme People's Assembly"));
    assertEquals("General Assembly", org("General Assembly"));
    assertEquals("Great Britain", EntityNames.normalize(new EntityMention("Great Britain", EntityType.LOCATION, 0)).text());
    assertEquals("Dear Respected", name("Dear Respected"));
    // An epithet alone, before a name rather than a title, is left: it may be part of the name.
    assertEquals("Great Kim", name("Great Kim"));
  }

  @Test
  void namesDoNotEndWithTheSentencesFullStop() {
    assertEquals("Kim Jong Il", name("Kim Jong Il."));
    assertEquals("Kim Jong Il", name("President Kim Jong Il."));
    assertEquals("Samsung Co", org("Samsung Co."));
    assertEquals("Samsung Co", org("Samsung Co"));
    assertEquals("Jiangshan Co. Ltd", org("Jiangshan Co. Ltd."));
    assertEquals("Power Station No", org("Power Station No."));
  }

  @Test
  void initialismsAlwaysEndWithTheirFullStop() {
    assertEquals("U.S.", org("U.S."));
    assertEquals("U.S.", org("U.S"));
    assertEquals("D.P.R.K.", org("D.P.R.K"));
    assertEquals("International Department of the C.C.", org("International Department of the C.C."));
    EntityMention us = new EntityMention("U.S.", EntityType.LOCATION, 3);
    assertSame(us, EntityNames.normalize(us));
  }

  @Test
  void leavesOtherMentionsAlone() {
    EntityMention party = new EntityMention("Workers' Party of Korea", EntityType.ORGANIZATION, 0);
    assertSame(party, EntityNames.normalize(party));
    EntityMention lone = new EntityMention("President", EntityType.PERSON, 0);
    assertSame(lone, EntityNames.normalize(lone));
    EntityMention lower = new EntityMention("General of the Army", EntityType.MISC, 0);
    assertSame(lower, EntityNames.normalize(lower));
  }

  @Test
  void aPersonsPossessiveIsNotPartOfTheName() {
    assertEquals("Trump", name("Trump\u2019s"));
    assertEquals("Trump", name("Trump's"));
    assertEquals("Donald Trump", name("Donald Trump 's"));
    assertEquals("Donald Trump", name("Mr. Donald Trump\u2019s"));
    // A company's name may end so: only a PERSON mention loses it as counted.
    assertEquals("Moody\u2019s", org("Moody\u2019s"));
    assertEquals("Moody", EntityNames.withoutPossessive("Moody\u2019s"));
    // Inside a name, and a plural, it stays.
    assertEquals("Alphabet\u2019s Google", name("Alphabet\u2019s Google"));
    assertEquals("Workers' Party", org("Workers' Party"));
    assertEquals("'s", name("'s"));
  }
}
