package com.newstore.sdk.client.config;

import com.newstore.sdk.client.OpenEnum;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Names the product identifier NewStore sends to the availability (ATP) webhook. Only {@link
 * #PRODUCT_ID} is accepted today; a configuration with another value is rejected before sending. A
 * value NewStore returns that the SDK does not know is kept as received. Immutable.
 *
 * <pre>{@code
 * ExternalIdentifier id = ExternalIdentifier.PRODUCT_ID;
 * }</pre>
 *
 * @param value the wire value, such as {@code product_id}
 */
public record ExternalIdentifier(
    @Pattern(regexp = "product_id", message = "must be product_id, the only value NewStore accepts")
        String value)
    implements OpenEnum {
  /** The product id, the only identifier NewStore accepts today. */
  public static final ExternalIdentifier PRODUCT_ID = new ExternalIdentifier("product_id");

  /**
   * Checks the value.
   *
   * @param value see the record description
   */
  public ExternalIdentifier {
    Objects.requireNonNull(value, "value == null");
  }

  /**
   * Returns the identifier for a wire value, known or not.
   *
   * @param value the wire value
   * @return the identifier
   */
  public static ExternalIdentifier of(String value) {
    return new ExternalIdentifier(value);
  }

  @Override
  public boolean isKnown() {
    return equals(PRODUCT_ID);
  }

  @Override
  public String toString() {
    return value;
  }
}
