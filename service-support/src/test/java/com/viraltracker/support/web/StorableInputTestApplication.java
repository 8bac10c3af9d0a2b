package com.viraltracker.support.web;

import com.viraltracker.events.serde.EventJson;
import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A service that stores what it is sent, in the column types the services use, with no checks of its own. */
@SpringBootApplication
public class StorableInputTestApplication {

    record Note(
            String name,
            List<String> tags,
            Map<String, Object> parameters,
            BigDecimal price,
            Double ratio,
            Instant at,
            LocalDate day,
            Detail detail) {}

    record Detail(List<Detail> children, String text) {}

    @RestController
    static class NotesController {
        private final DatabaseClient database;

        NotesController(DatabaseClient database) {
            this.database = database;
        }

        @PostMapping("/api/v1/notes")
        Mono<Map<String, Object>> store(@RequestBody Note note) {
            UUID id = UUID.randomUUID();
            return database.sql("""
                            INSERT INTO stored_notes (id, name, tags, parameters, price, ratio, at, day, note)
                            VALUES (:id, :name, :tags, :parameters, :price, :ratio, :at, :day, :note)""")
                    .bind("id", id)
                    .bind("name", note.name())
                    .bind("tags", note.tags().toArray(String[]::new))
                    .bind("parameters", Json.of(EventJson.write(note.parameters())))
                    .bind("price", note.price())
                    .bind("ratio", note.ratio())
                    .bind("at", note.at())
                    .bind("day", note.day())
                    .bind("note", note.detail() == null ? "" : String.valueOf(note.detail()))
                    .fetch()
                    .rowsUpdated()
                    .thenReturn(Map.of("id", id));
        }

        @PutMapping("/api/v1/labels/{label}")
        Mono<Map<String, Object>> label(
                @PathVariable String label,
                @RequestParam(name = "tag") String tag,
                @RequestHeader(name = "X-Note") String note) {
            UUID id = UUID.randomUUID();
            return database.sql("INSERT INTO stored_notes (id, label, tag, note) VALUES (:id, :label, :tag, :note)")
                    .bind("id", id)
                    .bind("label", label)
                    .bind("tag", tag)
                    .bind("note", note)
                    .fetch()
                    .rowsUpdated()
                    .thenReturn(Map.of("id", id));
        }
    }
}
