package com.viraltracker.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server that answers every SMTP connection with "554 no service" and hangs up, as a mail host does
 * while it refuses mail; it counts the connections so a test can see the retries.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::refuseAll, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void refuseAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    OutputStream out = client.getOutputStream()) {
                connections.incrementAndGet();
                out.write("554 5.3.2 not accepting mail right now\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed by the test, or the client went away first; either way keep refusing until closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
