package com.viraltracker.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@code .stack/run/components.tsv}, written by {@code ./stack up}: a component, how to tell it is
 * healthy ({@code tcp:host:port}, {@code http:url} answering 2xx, or {@code jdbc:url} accepting a query), the
 * address to show, its log file and its pid file ({@code -} for what the stack did not start).
 */
record Component(String name, String check, String address, String log, String pidFile) {

    static List<Component> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(cells -> new Component(cells[0], cells[1], cells[2], cells[3], cells[4]))
                .toList();
    }

    boolean started() {
        return !pidFile.equals("-");
    }

    /** The process the stack started for it, when it did and the process is still there. */
    Optional<Long> livePid() throws IOException {
        Path pid = Path.of(pidFile);
        if (!started() || !Files.exists(pid)) {
            return Optional.empty();
        }
        long id = Long.parseLong(Files.readString(pid).trim());
        return ProcessHandle.of(id).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    State state(Http http) throws IOException {
        if (started() && livePid().isEmpty()) {
            return State.STOPPED;
        }
        return answers(http) ? State.HEALTHY : State.STARTING;
    }

    private boolean answers(Http http) {
        if (check.startsWith("tcp:")) {
            String[] hostPort = check.substring(4).split(":");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        if (check.startsWith("jdbc:")) {
            String[] urlUserPassword = check.split("\\|", -1);
            try (Connection connection = DriverManager.getConnection(
                    urlUserPassword[0], urlUserPassword[1], urlUserPassword.length > 2 ? urlUserPassword[2] : "")) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }
        int status = http.status(check.substring("http:".length()));
        return status >= 200 && status < 300;
    }

    enum State {
        HEALTHY("healthy"),
        STARTING("starting"),
        STOPPED("stopped");

        final String label;

        State(String label) {
            this.label = label;
        }
    }
}
