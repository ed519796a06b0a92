package dev.herald.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes news-like article files of each input format for the benchmarks, about 3 KB each. */
final class SampleArticles {

    private static final String[] TAGS = {"NATO", "Ukraine", "Europe", "Energy", "Climate", "Transport", "Asia", "Russia"};

    private SampleArticles() {
    }

    static String paragraph(int i) {
        return "Officials in city " + i + " said on Tuesday that the new plan would cut delays by a third, "
                + "while critics warned that costs & timelines <remain> unclear. “We will see,” one said. ";
    }

    static String markdown(int i) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            body.append(paragraph(i)).append(paragraph(i + p)).append("\n\n");
            if (p == 3) {
                body.append("## Section ").append(i).append("\n\n");
            }
        }
        return "---\ntitle: Story number " + i + " about the plan\npublished: "
                + published(i) + "\nauthors: [Desk " + (i % 7) + "]\ntags: [" + TAGS[i % TAGS.length] + ", "
                + TAGS[(i / 3) % TAGS.length] + "]\nimage:\n  url: https://news.example.org/images/" + i
                + ".jpg\n  caption: A photo for story " + i + ".\n  credit: Herald/Photo Desk\n---\n" + body;
    }

    static String json(int i) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            body.append(paragraph(i)).append(paragraph(i + p)).append("\\n\\n");
        }
        return "{\"title\": \"Story number " + i + "\", \"published\": \"" + published(i) + "\", \"authors\": [\"Desk\"],"
                + " \"tags\": [\"" + TAGS[i % TAGS.length] + "\"], \"body\": \"" + body.toString().replace("\"", "\\\"")
                + "\"}";
    }

    static String wire(int i) {
        StringBuilder text = new StringBuilder("Crowds gather in a square in city " + i + ", March 3, 2024. REUTERS/Photo Desk\n");
        text.append("Story Number ").append(i).append(" About the Plan\n");
        for (int p = 0; p < 8; p++) {
            text.append(paragraph(i)).append(paragraph(i + p)).append('\n');
            if (p == 3) {
                text.append("What Comes Next\n");
            }
        }
        return text.append("COMMENTS\n").toString();
    }

    static String published(int i) {
        return String.format("2024-%02d-%02dT%02d:%02d:00Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60);
    }

    /** Writes {@code count} files of the format ({@code md}, {@code json} or {@code txt}) into a new folder. */
    static Path folder(String extension, int count) throws IOException {
        Path folder = Files.createTempDirectory("herald-bench-" + extension);
        for (int i = 0; i < count; i++) {
            String text = switch (extension) {
                case "md" -> markdown(i);
                case "json" -> json(i);
                default -> wire(i);
            };
            Files.writeString(folder.resolve("story-" + i + "." + extension), text, StandardCharsets.UTF_8);
            if (extension.equals("txt")) {
                Files.writeString(folder.resolve("story-" + i + ".meta.yaml"), "published: " + published(i) + "\n");
            }
        }
        return folder;
    }
}
