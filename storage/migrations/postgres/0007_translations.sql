-- Machine translations kept so that a text is sent to the paid provider
-- once, however many agents read it (translate.Service, storage/translations.go).
-- Found by provider, target language and the SHA-256 of the source text;
-- the source text is not stored here, it lives with its message.

CREATE TABLE translations (
    provider        TEXT   NOT NULL,              -- deepl, google, tencent
    target          TEXT   NOT NULL,              -- kefu language code: zh, en, zh-Hant …
    source_sha256   TEXT   NOT NULL,              -- lower-case hex
    text            TEXT   NOT NULL,
    detected_source TEXT   NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (provider, target, source_sha256)
);
CREATE INDEX translations_created ON translations (created_at);
