package com.newstore.sdk.webhooks.internal;

import java.net.BindException;
import java.net.InetSocketAddress;

/** What the JDK adapter says when it cannot bind its address. */
public final class AdapterBind {
  private AdapterBind() {}

  /**
   * The JDK's "Address already in use" with what to do about it; the cause is kept.
   *
   * @param bind the address asked for
   * @param cause the JDK's exception
   * @return the exception to throw
   */
  public static BindException portInUse(InetSocketAddress bind, BindException cause) {
    BindException e =
        new BindException(
            "Cannot listen on "
                + bind.getHostString()
                + ":"
                + bind.getPort()
                + " ("
                + cause.getMessage()
                + "): another server (or an earlier start() that was not closed) holds the port;"
                + " close it, or bind port 0 to pick a free one and read Server.port()");
    e.initCause(cause);
    return e;
  }
}
