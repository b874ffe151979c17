package com.newstore.sdk.client.internal.orders;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.OrderInjectionApi;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.orders.DuplicateAddonItemIdException;
import com.newstore.sdk.client.orders.ExternalOrderLookup;
import com.newstore.sdk.client.orders.InjectedOrder;
import com.newstore.sdk.client.orders.InvalidAddonParentException;
import com.newstore.sdk.client.orders.OrderAlreadyInjectedException;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import com.newstore.sdk.client.orders.OrderInjectionService;
import java.util.List;
import java.util.Objects;

/** {@link OrderInjectionService} over the client's transport. Thread-safe. */
public final class RealOrderInjectionService implements OrderInjectionService {
  private final OrderInjectionApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service.
   *
   * @param transport the client's transport
   */
  public RealOrderInjectionService(Transport transport) {
    Objects.requireNonNull(transport, "transport == null");
    this.api = transport.create(OrderInjectionApi.class);
    this.executor = transport.executor();
  }

  @Override
  public InjectedOrder create(OrderInjectionRequest order) {
    Objects.requireNonNull(order, "order == null");
    BeanValidation.validate(order);
    try {
      return executor.execute(new OnlyStatus200Call<>(api.create(order)));
    } catch (NewStoreApiException e) {
      throw refine(e);
    }
  }

  @Override
  public InjectedOrder getByExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId == null");
    if (externalId.isBlank()) {
      throw new NewStoreValidationException(
          "external order id",
          List.of(new NewStoreValidationException.Violation("externalId", "must not be blank")));
    }
    return get(ExternalOrderLookup.byExternalId(externalId));
  }

  @Override
  public InjectedOrder get(ExternalOrderLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    BeanValidation.validate(lookup);
    return executor.execute(api.get(lookup.pathSegment(), lookup.email(), lookup.countryCode()));
  }

  /** Maps the injection error codes NewStore documents to their own exception types. */
  static NewStoreApiException refine(NewStoreApiException e) {
    String code = e.errorCode();
    if (OrderAlreadyInjectedException.ERROR_CODE.equals(code)) {
      return new OrderAlreadyInjectedException(e.error());
    }
    if (e.statusCode() == 400 && InvalidAddonParentException.ERROR_CODE.equals(code)) {
      return new InvalidAddonParentException(e.error());
    }
    if (e.statusCode() == 400 && DuplicateAddonItemIdException.ERROR_CODE.equals(code)) {
      return new DuplicateAddonItemIdException(e.error());
    }
    return e;
  }
}
