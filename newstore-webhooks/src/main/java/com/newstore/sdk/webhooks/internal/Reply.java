package com.newstore.sdk.webhooks.internal;

import java.util.List;
import java.util.Map;

/**
 * Holds an answer the dispatcher built, before it becomes a public {@code WebhookResponse}. The
 * body array is made by the SDK and never shared, so {@code NewStoreWebhooks} can wrap it without
 * the defensive copy the public constructor makes (an ATP answer is ~100 KB).
 *
 * @param status the HTTP status
 * @param headers header name to values
 * @param body the body bytes, owned by this reply
 */
public record Reply(int status, Map<String, List<String>> headers, byte[] body) {}
