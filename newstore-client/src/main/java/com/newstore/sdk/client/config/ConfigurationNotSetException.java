package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreException;

/**
 * Thrown by {@link ConfigResource#update} when nothing is configured yet and the value has no empty
 * form to start from. Set the value with {@link ConfigResource#set} first.
 */
public class ConfigurationNotSetException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what to do
   */
  public ConfigurationNotSetException(String message) {
    super(message);
  }
}
