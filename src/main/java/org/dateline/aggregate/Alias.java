package org.dateline.aggregate;

import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * One canonical-name rule: mentions written {@code alias} count as {@code canonical}.
 *
 * @param alias the mention text to rewrite, as counted (titles dropped; matched as {@link
 *     EntityRules#key} describes)
 * @param canonical the name counted instead
 * @param type the type the canonical name is counted under, or null to keep the mention's type
 */
public record Alias(String alias, String canonical, EntityType type) implements java.io.Serializable {
  public Alias {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(canonical, "canonical");
    if (alias.isBlank() || canonical.isBlank()) {
      throw new IllegalArgumentException("an alias rule needs a non-blank alias and canonical name, got '"
          + alias + "' -> '" + canonical + "'");
    }
  }
}
