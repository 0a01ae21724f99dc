/// The language of a WhatsApp export, told from WhatsApp's own notices (the encryption notice opens every export,
/// media placeholders and "deleted" notes follow). Jejak reads Indonesian and English exports; in any other
/// language its placeholders and system lines would be read as graduates' words, so such a file is refused.
enum WhatsAppExportLanguage {
    /// How many lines from the top are searched: the encryption notice is among the first.
    static let linesChecked = 50

    /// Phrases of WhatsApp's notices in languages Jejak does not read, with the language's name (each seen in a real
    /// export of `../shared/fixtures`).
    static let unsupported: [(phrase: [UInt8], language: String)] = [
        ("Ende-zu-Ende-verschlüsselt", "German"), ("<Medien ausgeschlossen>", "German"), ("Diese Nachricht wurde gelöscht", "German"),
        ("eind-tot-eind versleuteld", "Dutch"), ("<Media weggelaten>", "Dutch"),
        ("chiffrés de bout en bout", "French"), ("<Médias omis>", "French"),
        ("cifrados de extremo a extremo", "Spanish"), ("<Multimedia omitido>", "Spanish"),
        ("criptografia de ponta a ponta", "Portuguese"), ("<Mídia oculta>", "Portuguese"),
        ("crittografia end-to-end", "Italian"), ("<Media omessi>", "Italian"), ("crittografati end-to-end", "Italian"), ("immagine omessa", "Italian"),
        ("koncovým šifrováním", "Czech"), ("<Média vynechány>", "Czech"), ("obrázek vynechán", "Czech"),
        ("сквозным шифрованием", "Russian"), ("<Без медиафайлов>", "Russian"), ("изображение отсутствует", "Russian"),
        ("наскрізним шифруванням", "Ukrainian"), ("зображення відсутнє", "Ukrainian"),
        ("เข้ารหัสจากต้นทางถึงปลายทาง", "Thai"), ("ไม่มีรูปภาพ", "Thai"),
        ("एंड-टू-एंड एन्क्रिप्टेड", "Hindi"), ("फ़ोटो हटाई गई", "Hindi"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The unsupported language whose notice is in the line, if any.
    static func unsupportedLanguage(in p: UnsafeBufferPointer<UInt8>) -> String? {
        for (phrase, language) in unsupported where contains(p, phrase) { return language }
        return nil
    }

    static func contains(_ p: UnsafeBufferPointer<UInt8>, _ phrase: [UInt8]) -> Bool {
        guard phrase.count <= p.count, let first = phrase.first else { return false }
        var i = 0
        while i + phrase.count <= p.count {
            if p[i] == first, WhatsAppBytes.equals(p, i, i + phrase.count, phrase) { return true }
            i += 1
        }
        return false
    }
}
