package com.viraltracker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SMTP host the services are given: a TCP relay in front of GreenMail that a test can tell to refuse the next
 * connections, as a mail host does while it is down for a moment ("421 try again later"). GreenMail itself keeps
 * running, so every message the services deliver lands in one place for the whole test run.
 */
final class SmtpRelay implements AutoCloseable {
    private final ServerSocket socket;
    private final int greenMailPort;
    private final AtomicInteger toRefuse = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService pipes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "smtp-relay");
        thread.setDaemon(true);
        return thread;
    });

    SmtpRelay(int greenMailPort) {
        this.greenMailPort = greenMailPort;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("no port for the SMTP relay", e);
        }
        pipes.execute(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next {@code connections} connections are refused; the ones after them reach GreenMail again. */
    void refuseNext(int connections) {
        toRefuse.set(connections);
    }

    /** How many connections were refused since the relay started. */
    int refused() {
        return refused.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (toRefuse.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    refuse(client);
                } else {
                    pipes.execute(() -> relay(client));
                }
            } catch (IOException e) {
                // The relay was closed, or a client hung up before it was served; keep serving until closed.
            }
        }
    }

    private void refuse(Socket client) throws IOException {
        try (client;
                OutputStream out = client.getOutputStream()) {
            out.write("421 4.3.2 service not available, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        refused.incrementAndGet();
    }

    private void relay(Socket client) {
        try (client;
                Socket greenMail = new Socket(InetAddress.getLoopbackAddress(), greenMailPort)) {
            var toGreenMail = pipes.submit(() -> copy(client.getInputStream(), greenMail.getOutputStream(), greenMail));
            copy(greenMail.getInputStream(), client.getOutputStream(), client);
            toGreenMail.get();
        } catch (Exception e) {
            // One side hung up: the session is over either way.
        }
    }

    /** Copies until the source ends, then half-closes the destination so the other side sees the end too. */
    private static Void copy(InputStream from, OutputStream to, Socket destination) throws IOException {
        from.transferTo(to);
        if (!destination.isClosed()) {
            destination.shutdownOutput();
        }
        return null;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        pipes.shutdownNow();
    }
}
