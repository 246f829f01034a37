// The sentences a screen composes from its own lead and an error's message: however they meet,
// no verb is said twice ("The list could not be loaded: Could not reach…").
#include "core/ApiError.h"
#include "core/ErrorCode.h"
#include "core/ServerUrl.h"
#include "ui/DevicesPage.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/Translations.h"
#include "workspace/Workspace.h"

#include <QRegularExpression>
#include <QTest>

using namespace viopay;

class TestWording : public QObject {
    Q_OBJECT

    // One error of every kind, and of every code and status the app words itself.
    static QList<ApiError> everyError()
    {
        QList<ApiError> errors{
            ApiError::network("Connection refused"),
            ApiError::timeout("Operation timed out"),
            ApiError::connectTimeout("pairing-sandbox.training-room-3.example.com:8443", 10000),
            ApiError::tls("The issuer certificate could not be found"),
            ApiError::malformedResponse("The answer is not a JSON object", 200),
            ApiError::cancelled("window closed"),
            ApiError::refused(ServerUrl::refusalFor(QUrl("http://192.0.2.1"), false)),
            ApiError::refused(ServerUrl::refusalFor(QUrl("ftp://192.0.2.1"), false)),
        };
        for (const char *code :
             {ErrorCode::BadRequest, ErrorCode::Unauthorized, ErrorCode::NoSession, ErrorCode::ForeignDevice,
              ErrorCode::DeviceNotProvisioned, ErrorCode::CodeNotFound, ErrorCode::AlreadyClaimed,
              ErrorCode::BodyTooLarge, ErrorCode::TooManyRequests, ErrorCode::Offline, ErrorCode::ServerError})
            errors << ApiError::http(400, code, "The request could not be read").setTraceId("4bf92f3577b34da6");
        for (int status : {400, 401, 404, 429, 500, 503})
            errors << ApiError::http(status, {}, {});
        return errors;
    }

    static QStringList composed(const ApiError &error)
    {
        const QUrl server("http://127.0.0.1:8080");
        return {DevicesPage::listProblemText(error, server), FaultDrillsDialog::unavailableText(error),
                Workspace::listingProblemText(error)};
    }

private Q_SLOTS:
    void cleanup() { Translations::install(QLocale(QLocale::English)); }

    void noComposedSentenceSaysCannotTwice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("negation");
        QTest::newRow("en") << "en"
                            << R"(\b(cannot|can't|could not|couldn't|did not)\b)";
        QTest::newRow("vi") << "vi"
                            << R"(không thể)";
    }

    void noComposedSentenceSaysCannotTwice()
    {
        QFETCH(QString, language);
        QFETCH(QString, negation);
        QVERIFY(Translations::install(QLocale(language)) || language == "en");
        const QRegularExpression said(negation, QRegularExpression::CaseInsensitiveOption);
        int checked = 0;
        for (const ApiError &error : everyError()) {
            for (const QString &sentence : composed(error)) {
                // The server's own message (kept as the contract says) is quoted, not composed.
                const QString ours =
                    error.kind() == ApiError::Kind::Http ? QString(sentence).remove(error.message()) : sentence;
                QVERIFY2(ours.count(said) <= 1, qPrintable(sentence));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
