#pragma once

#include <QList>

#include <functional>
#include <optional>

// A bench's whole run: a table of figures, a row a mode it measures (p50, p90 and max in ms).
struct BenchTable {
    struct Figures {
        QList<double> samplesMs;
        double percentile(double p) const;
    };
    struct Mode {
        const char *name;
        // The figures of so many rounds; nullopt when what the bench measures did not respond.
        std::function<std::optional<Figures>(int rounds)> measure;
    };

    const char *title;    // printed with ", N claims each"
    int nameWidth;        // columns the modes' names take
    const char *measured; // what did not respond when a mode has no figures
    int defaultRounds;
    QList<Mode> modes;

    // Runs offscreen without the info log lines, with the rounds per mode the first argument gives
    // (3 at least); prints the table. 1 when a mode failed (the rows after it are not measured).
    int run(int argc, char *argv[]) const;
};
