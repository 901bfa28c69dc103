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

  @Test
  void leavesOtherMentionsAlone() {
    EntityMention party = new EntityMention("Workers' Party of Korea", EntityType.ORGANIZATION, 0);
    assertSame(party, EntityNames.normalize(party));
    EntityMention lone = new EntityMention("President", EntityType.PERSON, 0);
    assertSame(lone, EntityNames.normalize(lone));
    EntityMention lower = new EntityMention("General of the Army", EntityType.MISC, 0);
    assertSame(lower, EntityNames.normalize(lower));
  }
}
