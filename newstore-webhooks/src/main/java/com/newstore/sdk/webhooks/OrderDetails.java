package com.newstore.sdk.webhooks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds the answer to an order details call: the {@link SalesOrder} fields plus totals, customer,
 * addresses and payment history, written as one flat JSON object.
 *
 * <p>The Associate App shows order details only when every {@code payment_history} entry uses
 * {@code gift_card}, {@code credit_card} or {@code cash}. When any entry uses another method the
 * SDK <b>omits {@code payment_history}</b> from the response (and logs it at debug level), as
 * NewStore's external OMS playbook asks.
 *
 * @param order the order fields
 * @param totals the order totals (required by NewStore)
 * @param customer the customer, if known
 * @param billingAddress the billing address, if known
 * @param shippingAddress the shipping address, if known
 * @param paymentHistory payments and refunds; empty to send none
 * @param additionalFields more JSON fields ({@code shipments}, {@code extended_attributes}, {@code
 *     tax_method}, {@code store_id}, {@code shop_locale}, …), written as given
 */
public record OrderDetails(
    SalesOrder order,
    Totals totals,
    @Nullable Customer customer,
    @Nullable Address billingAddress,
    @Nullable Address shippingAddress,
    List<Payment> paymentHistory,
    Map<String, @Nullable Object> additionalFields) {

  /** The payment methods the Associate App can show in {@code payment_history}. */
  public static final List<String> SUPPORTED_PAYMENT_METHODS =
      List.of("gift_card", "credit_card", "cash");

  /**
   * Checks and copies the components.
   *
   * @param order see the record description
   * @param totals see the record description
   * @param customer see the record description
   * @param billingAddress see the record description
   * @param shippingAddress see the record description
   * @param paymentHistory see the record description
   * @param additionalFields see the record description
   */
  public OrderDetails {
    Objects.requireNonNull(order, "order == null");
    Objects.requireNonNull(totals, "totals == null");
    paymentHistory = List.copyOf(paymentHistory);
    additionalFields =
        com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(additionalFields);
  }

  /**
   * Holds the order totals.
   *
   * @param discount {@code discount}
   * @param giftWrapping {@code gift_wrapping}
   * @param gross {@code gross}
   * @param net {@code net}
   * @param shipping {@code shipping}
   * @param tax {@code tax}
   * @param total {@code total}
   */
  public record Totals(
      BigDecimal discount,
      BigDecimal giftWrapping,
      BigDecimal gross,
      BigDecimal net,
      BigDecimal shipping,
      BigDecimal tax,
      BigDecimal total) {
    /**
     * Checks the components.
     *
     * @param discount see the record description
     * @param giftWrapping see the record description
     * @param gross see the record description
     * @param net see the record description
     * @param shipping see the record description
     * @param tax see the record description
     * @param total see the record description
     */
    public Totals {
      Objects.requireNonNull(discount, "discount == null");
      Objects.requireNonNull(giftWrapping, "giftWrapping == null");
      Objects.requireNonNull(gross, "gross == null");
      Objects.requireNonNull(net, "net == null");
      Objects.requireNonNull(shipping, "shipping == null");
      Objects.requireNonNull(tax, "tax == null");
      Objects.requireNonNull(total, "total == null");
    }
  }

  /**
   * Holds the customer of an order.
   *
   * @param id {@code id}
   * @param email {@code email}
   * @param name {@code name}
   * @param language {@code language}, at most 2 characters (such as {@code en})
   */
  public record Customer(
      @Nullable String id,
      @Nullable String email,
      @Nullable String name,
      @Nullable String language) {
    /**
     * Checks the components.
     *
     * @param id see the record description
     * @param email see the record description
     * @param name see the record description
     * @param language see the record description
     * @throws InvalidAnswerException when {@code language} is longer than 2 characters
     */
    public Customer {
      if (language != null && language.length() > 2) {
        throw new InvalidAnswerException(
            "customer.language", "must be at most 2 characters, such as en");
      }
    }

    /**
     * Returns the id only: the rest is personal data.
     *
     * @return a short description
     */
    @Override
    public String toString() {
      return "Customer{id=" + id + ", <redacted>}";
    }
  }

  /**
   * Holds one payment history entry.
   *
   * @param amount {@code amount}
   * @param category {@code payment} or {@code refund}
   * @param currency {@code currency}
   * @param method {@code gift_card}, {@code credit_card} or {@code cash}; any other method makes
   *     the SDK omit the whole payment history
   * @param paymentInformation {@code payment_information}, a string NewStore shows as is (such as
   *     the card type and the last 4 digits), or null to send none
   */
  public record Payment(
      BigDecimal amount,
      String category,
      String currency,
      String method,
      @Nullable String paymentInformation) {
    /**
     * Checks and copies the components.
     *
     * @param amount see the record description
     * @param category see the record description
     * @param currency see the record description
     * @param method see the record description
     * @param paymentInformation see the record description
     * @throws InvalidAnswerException when {@code currency} is not 3 characters long
     */
    public Payment {
      Objects.requireNonNull(amount, "amount == null");
      Objects.requireNonNull(category, "category == null");
      Objects.requireNonNull(currency, "currency == null");
      Objects.requireNonNull(method, "method == null");
      if (currency.length() != 3) {
        throw new InvalidAnswerException(
            "payment_history[].currency", "must be a 3-letter ISO 4217 code");
      }
    }

    /**
     * Returns the amount, category and method; never the payment information.
     *
     * @return a short description
     */
    @Override
    public String toString() {
      return "Payment{" + amount + " " + currency + ", " + category + ", " + method + "}";
    }
  }
}
