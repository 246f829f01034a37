#include "BenchTable.h"

#include <QApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

double BenchTable::Figures::percentile(double p) const
{
    QList<double> sorted = samplesMs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qMin(sorted.size() - 1, int(p * sorted.size())));
}

int BenchTable::run(int argc, char *argv[]) const
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("viopay.*.info=false"));
    const int rounds = argc > 1 ? qMax(3, atoi(argv[1])) : defaultRounds;
    std::printf("%s, %d claims each\n", title, rounds);
    std::printf("%-*s %9s %9s %9s\n", nameWidth, "", "p50 ms", "p90 ms", "max ms");
    for (const Mode &mode : modes) {
        const std::optional<Figures> figures = mode.measure(rounds);
        if (!figures) {
            std::printf("%-*s failed: %s did not respond\n", nameWidth, mode.name, measured);
            return 1;
        }
        std::printf("%-*s %9.1f %9.1f %9.1f\n", nameWidth, mode.name, figures->percentile(0.5),
                    figures->percentile(0.9), figures->percentile(1.0));
    }
    return 0;
}
