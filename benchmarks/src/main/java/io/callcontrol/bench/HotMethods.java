package io.callcontrol.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Lists the hottest methods of each JFR recording under a directory (as written by JMH's {@code -prof jfr}):
 * execution samples by top frame ("self") and by any frame of the project's code on the stack ("total").
 * Usage: {@code HotMethods <dir> [top]}.
 */
public final class HotMethods {

    private HotMethods() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
        }
        for (Path f : files) {
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> ours = new HashMap<>();
            int samples = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(f)) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame fr : frames) {
                    String n = name(fr);
                    if (n.startsWith("io.callcontrol.") && !n.startsWith("io.callcontrol.bench.") && seen.add(n)) {
                        ours.merge(n, 1, Integer::sum);
                    }
                }
            }
            System.out.println("== " + dir.relativize(f) + " (" + samples + " execution samples)");
            print("self (top frame)", self, samples, top);
            print("project code on the stack (total)", ours, samples, top);
            System.out.println();
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> m, int samples, int top) {
        System.out.println("-- " + title);
        m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top).forEach(e ->
                System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
