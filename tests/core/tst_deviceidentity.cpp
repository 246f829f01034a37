#include "core/DeviceIdentity.h"

#include <QTest>

using namespace viopay;
using Field = DeviceIdentity::Field;

Q_DECLARE_METATYPE(DeviceIdentity::Field)

class TestDeviceIdentity : public QObject {
    Q_OBJECT

    static DeviceIdentity seedDevice()
    {
        return *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
    }

private Q_SLOTS:
    void normalizeDeviceId_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("errorFragment");
        QTest::newRow("seed device") << "POS-8F3A2C91"
                                     << "POS-8F3A2C91"
                                     << "";
        QTest::newRow("lower-case digits") << "POS-8f3a2c91"
                                           << "POS-8F3A2C91"
                                           << "";
        QTest::newRow("surrounding spaces") << "  POS-0BADF00D "
                                            << "POS-0BADF00D"
                                            << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "required";
        QTest::newRow("lower-case prefix") << "pos-8F3A2C91"
                                           << ""
                                           << "must start with POS- in upper case";
        QTest::newRow("no prefix") << "8F3A2C91"
                                   << ""
                                   << "must start with POS-";
        QTest::newRow("seven digits") << "POS-8F3A2C9"
                                      << ""
                                      << "exactly 8 hexadecimal digits after POS- (got 7)";
        QTest::newRow("nine digits") << "POS-8F3A2C911"
                                     << ""
                                     << "(got 9)";
        QTest::newRow("not hex") << "POS-8F3A2G91"
                                 << ""
                                 << "\"G\" is not one";
        QTest::newRow("inner space") << "POS-8F3A 2C9"
                                     << ""
                                     << "\" \" is not one";
    }

    void normalizeDeviceId()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, errorFragment);
        QString error;
        const std::optional<QString> id = DeviceIdentity::normalizeDeviceId(input, &error);
        QCOMPARE(id.has_value(), errorFragment.isEmpty());
        if (id)
            QCOMPARE(*id, expected);
        else
            QVERIFY2(error.contains(errorFragment), qPrintable(error));
    }

    void createReportsTheFirstBadPart_data()
    {
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("appVersion");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("model");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("messageFragment");
        QTest::newRow("bad id") << "POS-XYZ"
                                << "1.4.2"
                                << "Android 12"
                                << "PAX-A920" << Field::DeviceId << "POS-";
        QTest::newRow("missing version") << "POS-8F3A2C91"
                                         << ""
                                         << "Android 12"
                                         << "PAX-A920" << Field::AppVersion << "app version is required";
        QTest::newRow("word version") << "POS-8F3A2C91"
                                      << "latest"
                                      << "Android 12"
                                      << "PAX-A920" << Field::AppVersion << "such as 1.4.2 (got \"latest\")";
        QTest::newRow("five-part version") << "POS-8F3A2C91"
                                           << "1.2.3.4.5"
                                           << "Android 12"
                                           << "PAX-A920" << Field::AppVersion << "numbers separated by dots";
        QTest::newRow("missing os") << "POS-8F3A2C91"
                                    << "1.4.2"
                                    << " "
                                    << "PAX-A920" << Field::Os << "operating system is required";
        QTest::newRow("os with semicolon") << "POS-8F3A2C91"
                                           << "1.4.2"
                                           << "Android; 12"
                                           << "PAX-A920" << Field::Os << "cannot contain \";\"";
        QTest::newRow("model with parenthesis") << "POS-8F3A2C91"
                                                << "1.4.2"
                                                << "Android 12"
                                                << "PAX (A920)" << Field::Model << "cannot contain \"(\"";
        QTest::newRow("model too long") << "POS-8F3A2C91"
                                        << "1.4.2"
                                        << "Android 12" << QString(65, 'M') << Field::Model << "longer than 64";
    }

    void createReportsTheFirstBadPart()
    {
        QFETCH(QString, deviceId);
        QFETCH(QString, appVersion);
        QFETCH(QString, os);
        QFETCH(QString, model);
        QFETCH(Field, field);
        QFETCH(QString, messageFragment);
        DeviceIdentity::Problem problem{Field::DeviceId, {}};
        QVERIFY(!DeviceIdentity::create(deviceId, appVersion, os, model, &problem));
        QCOMPARE(problem.field, field);
        QVERIFY2(problem.message.contains(messageFragment), qPrintable(problem.message));
    }

    void buildsTheVendorHeadersExactly()
    {
        const DeviceIdentity device = seedDevice();
        const QList<QPair<QByteArray, QByteArray>> expected{
            {"X-Device-Id", "POS-8F3A2C91"},
            {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
            {"X-Client-Type", "pos"},
        };
        QCOMPARE(device.headers(), expected);
        QCOMPARE(device.userAgent(), QString("Viopay-POS/1.4.2 (Android 12; PAX-A920)"));
    }

    void createNormalisesTheDeviceId()
    {
        const auto device = DeviceIdentity::create(u"POS-8f3a2c91", u" 1.4.2 ", u"Android 12", u"PAX-A920");
        QVERIFY(device);
        QCOMPARE(device->deviceId(), QString("POS-8F3A2C91"));
        QCOMPARE(device->appVersion(), QString("1.4.2"));
        QCOMPARE(*device, seedDevice());
    }

    void footerNamesEveryPart()
    {
        QCOMPARE(seedDevice().footerText(), QString::fromUtf8("POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2"));
    }

    void parseUserAgent_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<bool>("recognised");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("model");
        QTest::newRow("vendor form") << "Viopay-POS/1.4.2 (Android 12; PAX-A920)" << true << "1.4.2"
                                     << "Android 12"
                                     << "PAX-A920";
        QTest::newRow("no space before parenthesis") << "Viopay-POS/1.5.0(Android 13; Sunmi-P2)" << true << "1.5.0"
                                                     << "Android 13"
                                                     << "Sunmi-P2";
        QTest::newRow("version only") << "Viopay-POS/1.3.5" << true << "1.3.5"
                                      << ""
                                      << "";
        QTest::newRow("os without model") << "Viopay-POS/1.3.5 (Linux)" << true << "1.3.5"
                                          << "Linux"
                                          << "";
        QTest::newRow("trailing tokens") << "Viopay-POS/2.0 (Android 14; Ingenico-AXIUM) okhttp/4.12" << true << "2.0"
                                         << "Android 14"
                                         << "Ingenico-AXIUM";
        QTest::newRow("unclosed parenthesis") << "Viopay-POS/1.4.2 (Android 12; PAX" << true << "1.4.2"
                                              << ""
                                              << "";
        QTest::newRow("empty product version") << "Viopay-POS/" << true << ""
                                               << ""
                                               << "";
        QTest::newRow("other product") << "curl/7.88.1" << false << ""
                                       << ""
                                       << "";
        QTest::newRow("wrong case") << "viopay-pos/1.4.2 (Android 12; PAX-A920)" << false << ""
                                    << ""
                                    << "";
        QTest::newRow("empty") << "" << false << ""
                               << ""
                               << "";
    }

    void parseUserAgent()
    {
        QFETCH(QString, userAgent);
        QFETCH(bool, recognised);
        QFETCH(QString, version);
        QFETCH(QString, os);
        QFETCH(QString, model);
        const std::optional<UserAgentInfo> info = DeviceIdentity::parseUserAgent(userAgent);
        QCOMPARE(info.has_value(), recognised);
        if (!info)
            return;
        QCOMPARE(info->appVersion, version);
        QCOMPARE(info->os, os);
        QCOMPARE(info->model, model);
    }

    void userAgentRoundTrips()
    {
        const DeviceIdentity device = seedDevice();
        const auto info = DeviceIdentity::parseUserAgent(device.userAgent());
        QVERIFY(info);
        QCOMPARE(info->appVersion, device.appVersion());
        QCOMPARE(info->os, device.os());
        QCOMPARE(info->model, device.model());
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
