// PairingCode normalisation and validation on any text: what it accepts is six symbols of the
// alphabet, already normal; what it refuses comes with a problem that explains it.
#include "FuzzInput.h"

#include "core/PairingCode.h"

using namespace viopay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(fuzzBytes(data, size));
    const QString normal = PairingCode::normalize(input);
    FUZZ_CHECK(PairingCode::normalize(normal) == normal); // idempotent
    CodeProblem problem;
    const std::optional<PairingCode> code = PairingCode::fromInput(input, &problem);
    if (!code) {
        FUZZ_CHECK(!problem.ok() && !problem.message().isEmpty());
        return 0;
    }
    FUZZ_CHECK(problem.ok());
    FUZZ_CHECK(code->value().size() == PairingCode::Length && code->value() == normal);
    for (QChar symbol : code->value())
        FUZZ_CHECK(PairingCode::isAlphabetSymbol(symbol) && !PairingCode::isAmbiguousSymbol(symbol));
    FUZZ_CHECK(PairingCode::fromInput(code->displayForm()) == code); // the grouped form reads back
    return 0;
}
