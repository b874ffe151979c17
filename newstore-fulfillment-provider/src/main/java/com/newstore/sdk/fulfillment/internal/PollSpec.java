package com.newstore.sdk.fulfillment.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * What one waiter polls and how it judges each answer; the options and the scheduler come
 * separately, so one spec serves every run of a {@link com.newstore.sdk.fulfillment.Wait}.
 *
 * @param what what is awaited, for messages, such as {@code shipment of fulfillment request r-1}
 * @param read creates a fresh status-read call (tagged without retries) for each poll
 * @param parse turns the body into the status
 * @param acceptor judges each status read
 * @param <T> the status type
 */
public record PollSpec<T>(
    String what,
    Supplier<Call<Map<String, Object>>> read,
    Function<Map<String, Object>, T> parse,
    Poller.Acceptor<T> acceptor) {}
