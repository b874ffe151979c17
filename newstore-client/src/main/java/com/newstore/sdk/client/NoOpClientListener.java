package com.newstore.sdk.client;

/** The listener {@link ClientListener#none()} returns; a singleton so it can be recognised. */
enum NoOpClientListener implements ClientListener {
  INSTANCE
}
