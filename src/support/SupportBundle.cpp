#include "SupportBundle.h"

#include "RunLog.h"

#include "inspector/ExchangeLog.h"
#include "inspector/Redactor.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSysInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace viopay {

namespace {
// Setting names that may hold a secret, whatever a later change stores: left out of the bundle.
bool soundsSecret(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("secret|token|password|passphrase|key_?material|zmk"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch() || Redactor::isSecretField(key.section(QLatin1Char('/'), -1));
}

QString serverSoftwareOf(const ExchangeLog &log)
{
    for (int row = log.rowCount() - 1; row >= 0; --row) {
        const QByteArray server = log.exchange(row).responseHeader("Server");
        if (!server.isEmpty())
            return QString::fromLatin1(server);
    }
    return {};
}

struct ArchiveDeleter {
    void operator()(archive *writer) const { archive_write_free(writer); }
};
struct EntryDeleter {
    void operator()(archive_entry *entry) const { archive_entry_free(entry); }
};

bool writePart(archive *writer, const QString &name, const QByteArray &bytes, qint64 mtime)
{
    const std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
    archive_entry_set_size(entry.get(), bytes.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), mtime, 0);
    if (archive_write_header(writer, entry.get()) != ARCHIVE_OK)
        return false;
    return archive_write_data(writer, bytes.constData(), size_t(bytes.size())) == bytes.size();
}
} // namespace

SupportBundle SupportBundle::collect(const Diagnosis &diagnosis, const ExchangeLog *log, const QSettings *settings)
{
    SupportBundle bundle;
    bundle.diagnosis = diagnosis;
    if (log)
        bundle.har = log->toHar();
    bundle.appLog = redactLog(RunLog::text());
    bundle.versions = versionsText(diagnosis, log ? serverSoftwareOf(*log) : QString());
    if (settings)
        bundle.settings = settingsText(*settings);
    return bundle;
}

QString SupportBundle::versionsText(const Diagnosis &diagnosis, const QString &serverSoftware)
{
    QString minimum;
    if (const DiagnosisCheck *appVersion = diagnosis.check(QStringLiteral("app-version")))
        minimum = appVersion->figures.value(QLatin1String("min_supported_version")).toString();
    const QString unknown = tr("not reported");
    return QStringLiteral("app: %1 %2\nQt: %3 (built with %4)\nOS: %5 (%6 %7, %8)\nserver: %9\n"
                          "server software: %10\nserver min_supported_version: %11\n")
        .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
             QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(),
             diagnosis.server.toString())
        .arg(serverSoftware.isEmpty() ? unknown : serverSoftware, minimum.isEmpty() ? unknown : minimum);
}

QString SupportBundle::settingsText(const QSettings &settings)
{
    QString text;
    for (const QString &key : settings.allKeys()) {
        if (soundsSecret(key))
            continue;
        const QVariant value = settings.value(key);
        text += QStringLiteral("%1=%2\n").arg(key, value.canConvert<QString>() ? value.toString()
                                                                               : QString::fromLatin1(value.typeName()));
    }
    return text;
}

QString SupportBundle::redactLog(const QString &log)
{
    // A logged header or URL may carry a bearer value the field names do not catch.
    static const QRegularExpression scheme(QStringLiteral(R"re(\b(Bearer|Basic|Attestation)\s+[^\s"',;]+)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(Redactor::redactBody(log.toUtf8(), "text/plain"));
    return text.replace(scheme, QStringLiteral("\\1 %1").arg(QLatin1String(Redactor::Mask)));
}

QStringList SupportBundle::partNames()
{
    return {QStringLiteral("diagnosis.txt"), QStringLiteral("diagnosis.json"), QStringLiteral("exchanges.har"),
            QStringLiteral("app.log"),       QStringLiteral("versions.txt"),   QStringLiteral("settings.txt")};
}

bool SupportBundle::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const std::unique_ptr<archive, ArchiveDeleter> writer(archive_write_new());
    // Stored, not deflated: small, opened anywhere, and a reader can search it as it lies on disk.
    const bool opened = archive_write_set_format_zip(writer.get()) == ARCHIVE_OK &&
                        archive_write_set_options(writer.get(), "zip:compression=store") == ARCHIVE_OK &&
                        archive_write_open_fd(writer.get(), file.handle()) == ARCHIVE_OK;
    const qint64 mtime = diagnosis.startedAt.isValid() ? diagnosis.startedAt.toSecsSinceEpoch() : 0;
    const QList<QByteArray> parts{(diagnosis.toText() + QLatin1Char('\n')).toUtf8(),
                                  QJsonDocument(diagnosis.toJson()).toJson(QJsonDocument::Indented),
                                  har,
                                  appLog.toUtf8(),
                                  versions.toUtf8(),
                                  settings.toUtf8()};
    bool written = opened;
    const QStringList names = partNames();
    for (qsizetype index = 0; written && index < names.size(); ++index)
        written = writePart(writer.get(), names[index], parts[index], mtime);
    written = written && archive_write_close(writer.get()) == ARCHIVE_OK;
    if (!written) {
        if (error)
            *error = QString::fromLocal8Bit(archive_error_string(writer.get()));
        file.cancelWriting();
        return false;
    }
    if (file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace viopay
