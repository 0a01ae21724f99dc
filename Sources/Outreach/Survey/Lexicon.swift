import Foundation

/// The everyday vocabulary the reply reader understands, in one place: spellings are mapped to one canonical
/// word (`synonyms`), and canonical words are grouped by what they say about a graduate's situation.
///
/// Covers chat Indonesian (udh, blm, gk, skrg…), Betawi (kagak, udeh, aye), Javanese (wis, durung, ora, nyambut
/// gawe, golek, dodolan, saiki), Sundanese (tos, parantos, teu acan, damel, milarian, ayeuna, icalan), Minang
/// (alun, mancari, baniago) and English. A reviewer who sees a misread reply adds the spelling here and a case
/// to the tests beside it.
enum Lexicon {
    /// Each canonical word and the spellings that stand for it. A spelling belongs to one word only (a test holds
    /// this): added twice, the later word would silently win.
    static let spellings: [(canonical: String, variants: [String])] = [
        // Greetings and thanks as typed in a hurry ("slmt sore", "met pagi", "mksh kak", "hlo min").
        ("selamat", ["slmt", "met", "selamet", "slamat"]),
        ("makasih", ["mksh", "makasi", "maksih", "mkasih", "mkasi", "mks", "tq", "tenkyu", "thankyou"]),
        ("halo", ["hlo", "hallo", "helo", "hallow", "hellow"]),
        ("assalamualaikum", ["ass", "askum", "aslm", "asslm", "assalam", "asalamualaikum", "assalamu'alaikum"]),
        ("sudah", ["alah", "udah", "udh", "sdh", "dah", "sdah", "uda", "suda", "sudh", "udha", "udeh", "wis", "uwis", "wes", "uwes", "tos", "atos",
                      "parantos", "geus", "sampun", "already", "ud", "sampon", "su", "sdah"]),
        ("belum", ["balom", "balum", "balun", "baluman", "dereng", "blm", "belom", "blum", "blom", "lom", "blon", "belon", "durung", "rung", "tacan", "acan", "alun", "belumpi", "yet", "blum2", "bl"]),
        ("tidak", ["jangankan", "sonde", "dak", "kada", "katek", "embung", "hanteu", "mboten", "boten", "indak", "tiada", "tdk", "gak", "ga", "nggak", "ngga", "enggak", "engga", "gk", "ngak", "nda", "ndak", "kagak", "kaga", "gx", "tak", "g",
                      "ora", "ra", "teu", "henteu", "pantang", "nope", "not", "no", "dont", "seng", "tra", "trada", "tida", "jangan", "jgn", "gausah", "endak", "didnt", "doesnt", "isnt", "arent", "aint", "never", "gag", "kgk", "gaa",
                      "havent", "hasnt", "cant", "wasnt", "couldnt", "wont", "ngg", "nggk", "ngk", "gaak", "ogah"]),
        ("bukan", ["bkn", "dudu", "sanes"]),
        ("masih", ["taksih", "tasih", "msh", "masi", "isih", "iseh", "keneh", "still", "tetap", "tetep", "ttp", "msih"]),
        ("sekarang", ["sakmenika", "sakniki", "samenika", "sapunika", "skrg", "skr", "skrng", "skarang", "sekarng", "saiki", "ayeuna", "kini", "now", "currently", "nowadays", "saat", "sak", "niki"]),
        ("lagi", ["sadang", "malih", "maneh", "lg", "lgi", "lagii", "lagek", "nuju", "keur", "again", "lai"]),
        ("pernah", ["mbiyen", "biyen", "baheula", "kapungkur", "dulu", "sempat", "sempet", "mantan", "former", "previously", "dulunya", "tadinya", "sebelumnya", "sblmnya", "sblmny", "sebelomnya", "awalnya", "before", "used"]),
        ("mau", ["hoyong", "hayang", "handak", "kepingin", "ingin", "pengen", "pingin", "pengin", "pengennya", "rencana", "rencananya", "berencana", "merencanakan", "akan", "bakal", "want", "wanna", "plan",
                 "harusnya", "seharusnya", "mestinya", "semestinya", "meh",
                    "planning", "will", "ill", "well", "gonna", "hope", "hoping", "semoga", "moga", "mudah2an", "mudahan", "insyaallah", "insya", "inshaallah",
                    "citacita", "cita", "impian", "harap", "berharap", "niat", "kepengen", "pgn", "pengin", "hendak", "doain", "doakan", "doaen", "didoakan", "pray", "arep", "arap"]),
        // "sama2" (you're welcome), as typed: not "sama" with its repetition folded.
        ("samasama", ["sama2"]),
        ("nanti", ["engke", "mengko", "isuk2", "ntar", "entar", "nanti2", "later", "soon"]),
        ("kerja", ["begawe", "bagawe", "bekerja", "bkerja", "bekrja", "bkrja", "krja", "krj", "kerjo", "gawe", "ngantor", "kerj", "kerje", "work", "working",
                      "works", "worked", "damel", "didamel", "digawe", "nyambut", "makarya", "berkerja", "kerjanya", "kerjaa", "kerjain", "karja", "karajo", "bakarja", "bagawi", "begawi",
                      "ngerjain", "dikerjain", "garap", "ngegarap", "nggarap", "wfh", "wfo"]),
        ("pekerjaan", ["gawian", "kerjaan", "krjaan", "pekerjan", "job", "jobs", "gawean", "padamelan", "pagawean", "pekerjaannya", "kerjaannya"]),
        ("tukang", ["tkg", "tkang"]),
        ("karyawan", ["pegawai", "employee", "employed", "karyawati", "staf", "staff", "buruh", "kuli"]),
        ("cari", ["nggoleki", "goleki", "nggoleke", "ngupadosi", "milari", "cr", "madosi", "madosi", "pados", "ngupados", "nyari", "mencari", "nyariin", "nyri", "nyr", "cri", "carik", "golek", "nggolek", "golet", "nggolet", "milarian", "nyiar", "neangan", "mancari", "pencarian",
                     "searching", "seeking", "hunting", "looking", "search", "carii", "nyarik", "cariin", "find", "finding"]),
        ("lamar", ["melamar", "ngelamar", "nglamar", "lamaran", "apply", "applying", "applied", "ngelamar2", "lamar2", "ngajuin", "interview",
                      "wawancara", "jobfair", "job-hunting", "nglmr", "ngelmr", "lmr", "ngapply", "ngeapply", "apply2", "jobhunting"]),
        ("dapat", ["peroleh", "memperoleh", "diperoleh", "olih", "angsal", "dapet", "dpt", "dpet", "mendapat", "mendapatkan", "got", "get", "found", "landed", "entuk", "meunang", "nemu",
                      "nemuin", "menemukan"]),
        ("nganggur", ["menganggur", "pengangguran", "ngangur", "jobless", "unemployed", "nganggur2", "pengangguran2"]),
        ("diterima", ["ditompo", "ketompo", "ketampi", "katarima", "tampi", "katampi", "ditampa", "keterima", "ketrima", "ditrima", "ditarima", "ditampi", "hired", "accepted", "lolos", "diangkat", "dinyatakan", "acc", "diacc", "keacc", "di-acc"]),
        ("mulai", ["wiwit", "mimiti", "wiwitipun", "start", "started", "starting", "mulainya", "ngamimitian", "ngawitan", "nembe", "memulai", "dimulai"]),
        ("masuk", ["msk", "msuk", "mlebet", "mlebetipun", "lebetna", "masuknya", "mlebu", "lebet", "berangkat", "berangkatnya", "terbang", "join", "onboarding", "onboard"]),
        ("usaha", ["usaho", "usahanipun", "usahane", "wirausaha", "wiraswasta", "berwirausaha", "bisnis", "business", "umkm", "usahaa", "usahanya", "bisnisnya", "entrepreneur"]),
        ("jualan", ["adol", "ngadol", "makelar", "bajual", "bejualan", "bajualan", "bejual", "berjualan", "jual", "dagang", "berdagang", "pedagang", "bakul", "asongan", "ngasong", "dodolan", "dodol", "icalan", "baniago", "selling", "sell", "sells", "olshop",
                       "reseller", "dropship", "dropshipper", "jastip", "preorder", "jualan2", "dagangan", "jualannya", "ngejual", "menjual", "sale"]),
        ("buka", ["bka", "bukak", "membuka", "muka", "open", "opened", "running", "run", "ngebuka", "merintis", "ngerintis", "rintis"]),
        ("bantu", ["ngabantosan", "mbantu", "ngewangi", "mbiyantu", "bantuin", "ngebantu", "membantu", "bantu2", "ngebantuin", "nulung", "ngabantu", "helping", "help", "bantu2in"]),
        ("kuliah", ["kuliyah", "kulyah", "studying", "student", "university", "college", "study", "studi", "semester", "mahasiswa",
                       "mahasiswi", "s1", "d1", "d2", "d3", "d4", "s2", "politeknik", "akademi", "universitas", "maba", "ngampus", "skripsi", "skripsian", "kedinasan"]),
        ("sekolah", ["sakola", "school", "sma", "smk"]),
        ("kursus", ["course", "les", "bootcamp", "kursusnya", "lpk", "lkp", "pesantren", "pasantren", "mondok", "nyantri", "ngaji", "bimbel"]),
        ("pelatihan", ["training", "pelatihannya", "diklat", "kelas", "belajar", "sinau", "pendidikan", "education"]),
        ("magang", ["internship", "intern", "ojt", "pkl", "prakerin"]),
        ("teman", ["kanca", "kancaku", "konco", "koncoku", "rerencangan", "temen", "tmn", "kawan", "friend", "friends", "temen2", "teman2", "rekan"]),
        ("keluarga", ["bojo", "bojoku", "salaki", "pamajikan", "mbah", "simbah", "mak", "kulawargi", "kulawarga", "engkong", "encim", "engkoh", "mamak", "apak", "amak", "uni", "ortu", "orangtua", "bapak", "bapa", "ayah", "bokap", "ibu", "emak", "mamah", "mama", "nyokap", "ibuk", "om", "tante",
                         "paman", "bibi", "kakak", "abang", "adik", "adek", "family", "suami", "istri", "mertua", "keluargaku",
                         "keluarganya", "mbok", "simbok", "bapake", "ibune", "kolot", "sepupu", "pakde", "bude", "uwak", "nenek", "kakek", "koko",
                         "cici", "enyak", "nyak", "babeh", "babe", "abah", "umi", "ummi", "papah", "papa", "mami", "papi", "emaknya", "bapaknya", "ibunya"]),
        ("rumah", ["griya", "omah", "bumi", "rumeh", "home", "house", "rmh", "compok", "imah"]),
        ("tangga", ["tanggaa"]),
        ("irt", ["housewife", "homemaker", "pensiun", "pensiunan", "retired"]),
        ("anak", ["lare", "putra", "putri", "bayi", "baby", "budak", "bocah", "balita", "anak2", "ana"]),
        ("ngurus", ["ngopeni", "maurus", "ngurusan", "mengurus", "urus", "ngurusin", "merawat", "ngerawat", "rawat", "ngrawat", "jaga", "jagain", "momong", "nemenin", "menemani",
                       "mengasuh", "ngasuh", "taking", "take", "care", "ngurusi", "urus2", "ngurus2", "ngurusin2"]),
        ("sakit", ["gering", "muriang", "gerah", "opname", "dirawat", "berobat", "pemulihan", "recovery", "operasi", "kecelakaan", "sick", "stroke", "demam", "meriang", "tipes", "tifus"]),
        ("hamil", ["meteng", "kakandungan", "mengandung", "pregnant", "lahiran", "melahirkan"]),
        ("percuma", ["useless", "pointless", "sia2", "siasia"]),
        ("butuh", ["membutuhkan", "butuhin", "dibutuhkan", "butuhkan", "need", "needs"]),
        ("nyerah", ["leren", "mandeg", "mandek", "menyerah", "nyerahh", "pasrah", "gave", "give", "stop", "eureun", "putusasa", "hopeless"]),
        ("manggil", ["memanggil", "dipanggil", "nyangkut", "tembus", "nyantol", "ngerespon", "merespon"]),
        ("capek", ["cape", "capai", "kesel", "lelah", "males", "malas", "mager", "tired"]),
        ("lowongan", ["loker", "lowongannya", "openings", "opening", "vacancy", "vacancies", "lowker", "lapangan"]),
        ("ada", ["ado", "aya", "ono", "enek", "any", "there"]),
        ("nerima", ["nrimo", "nompo", "narima", "nampani", "menerima", "nampi", "nerimo", "nampa", "accept", "accepts", "hire", "hires"]),
        ("nunggu", ["ngenteni", "nunggoni", "ngantos", "menunggu", "tunggu", "waiting", "wait", "ngantosan", "nungguin"]),
        ("panggilan", ["kabar", "call", "callback", "balasan", "hasil", "hasilnya", "jadwal"]),
        ("dirumahkan", ["dirumahin", "dirumahkn", "dirumahin2"]),
        ("diperpanjang", ["extended", "renewed", "diperpanjangin", "dperpanjang"]),
        ("resign", ["berhenti", "phk", "diphk", "dipecat", "fired", "quit", "resigned", "keluar", "metu", "dilepas", "diputus"]),
        ("habis", ["abih", "abis", "hbs", "selesai", "beres", "berakhir", "ended", "over", "abisan", "kelar", "rampung", "entek", "tamat"]),
        ("kontrak", ["kontraknya", "contract", "pkwt", "pkwtt", "probation", "probasi"]),
        ("depan", ["hareup", "sesuk", "mbenjang", "isukan", "pageto", "dpn", "ngajeng", "next", "payun", "ngarep", "besok", "lusa", "tomorrow", "upcoming", "mendatang"]),
        ("modal", ["dana", "capital", "pinjaman", "kur", "tabungan", "nabung", "budget"]),
        ("tempat", ["lokasi", "ruko", "location", "spot", "tampek", "gerobak", "etalase", "peralatan", "alat", "mesin", "mesinnya", "oven"]),
        ("izin", ["ijin", "pirt", "nib", "permit", "sertifikasi", "perizinan", "halal"]),
        ("nyiapin", ["mampasiapkan", "nyiapake", "siapin", "menyiapkan", "mempersiapkan", "persiapan", "nyiapke", "preparing", "prepare", "siapkan", "nyiapkeun", "manyiapkan", "launching", "survei", "siap2", "siapsiap", "bersiap", "renov", "renovasi", "ngerenov", "rakit", "ngerakit", "merakit", "disiapin", "disiapkan",
                        "dipersiapkan", "nyiapaken", "nyiapain", "siapain",
                        "survey", "menyewa", "disewa", "ngumpulin", "mengumpulkan", "progress", "renovasi", "nyewa", "sewa"]),
        ("sesuai", ["nyambung", "related", "matches", "relevan", "relevant", "linier", "linear", "cocok"]),
        ("umk", ["umr", "ump"]),
        ("tahu", ["tau", "tw", "heard", "know", "knew", "dengar", "denger", "liat", "lihat", "saw", "info", "infonya", "informasi"]),
        ("whatsapp", ["wa", "whatsap", "watsap", "wasap", "whatsaap"]),
        ("instagram", ["ig", "insta", "instagramnya"]),
        ("kapster", ["capster", "kapsternya", "capsternya"]),
        ("instalatur", ["instalatir", "instalaturnya"]),
        ("alhamdulillah", ["alhamdulilah", "alhamdullilah", "alhmdllh", "alhamdulillaah", "hamdalah", "alhamdulillah2", "alhamdulillh"]),
        ("yes", ["iya", "ya", "yaa", "y", "yup", "yap", "ye", "iyaa", "iy", "iye", "nggih", "enggih", "muhun", "yoi", "yes", "yess"]),
        ("di", ["d", "at", "in", "nang", "ning", "neng", "ing", "wonten"]),
        ("jadi", ["dados", "sabagai", "jd", "dadi", "janten", "sebagai", "sbg", "as", "selaku", "jadiin"]),
        ("saya", ["nyong", "inyong", "owe", "sy", "aku", "aq", "gw", "gue", "gua", "aye", "abdi", "kulo", "kula", "i", "im", "ane", "awak", "ak", "me", "my", "sa",
                      "beta", "ambo", "engkok", "gwe", "ulun"]),
        ("tapi", ["tp", "tpi", "but", "namun", "however", "tapii", "nanging", "tapina", "padahal", "sedangkan"]),
        ("sambil", ["while", "sembari", "sambi", "nyambi", "plus", "sekalian", "sampingan"]),
        ("gaji", ["digaji", "dibayar", "gajian", "gajinya", "bayaran", "bayarane", "gajine", "paid", "salary", "upah", "honor", "berbayar",
                     "dibayarin", "digajih", "bayar"]),
        ("sendiri", ["sorangan", "dhewe", "sndiri", "sndri", "sendirian", "dewe", "nyalira", "own", "myself"]),
    ]

    /// Whether a typed word is `canonical` or one of its spellings ("masuk", "msk" → "masuk").
    static func means(_ word: String, _ canonical: String) -> Bool { word == canonical || synonyms[word] == canonical }

    /// Spelling → canonical word.
    static let synonyms: [String: String] = Dictionary(spellings.flatMap { word in word.variants.map { ($0, word.canonical) } },
                                                       uniquingKeysWith: { _, later in later })

    /// Negators. "bukan" is apart: it negates what a thing is ("bukan punya aku"), not whether one works.
    static let negators: Set<String> = ["belum", "tidak"]
    /// Words after which a plan or a need is meant ("mau buka usaha", "butuh bgt kerja"): work wanted, not had.
    static let planWords: Set<String> = ["mau", "nanti", "butuh"]
    /// Words that mark a past state ("dulu kerja di pabrik").
    static let pastWords: Set<String> = ["pernah"]
    /// Spellings that put what follows them in the past ("dulu 1", "sempat lembur", "sebelumnya ikut orang").
    static let formerly: Set<String> = ["dulu", "dlu", "dulunya", "sempat", "sempet", "tadinya", "awalnya", "pernah", "sebelumnya"]
    /// Words that start a clause that replaces what came before ("…, tapi sekarang kerja di gudang").
    static let contrast: Set<String> = ["tapi", "sekarang", "akhirnya", "eh", "terus", "trus", "lalu", "kemudian", "then", "so"]

    /// Nouns a job may be looked for, got or lacked by ("cari kerja", "blm ada kerjaan").
    static let jobNouns: Set<String> = ["kerja", "pekerjaan", "lowongan", "karyawan"]

    /// Job titles that say someone works for an employer ("skrg jadi security di perumahan"), unless the reply
    /// says the business is their own.
    static let wageTitles: Set<String> = Set([
        "karyawan", "operator", "security", "satpam", "kasir", "kapster", "helper", "ob", "officeboy", "cleaning", "kurir", "driver", "sopir",
        "supir", "kenek", "knek", "spg", "spb", "sales", "salesman", "waiter", "waiters", "waitress", "waitres", "nyopir", "nyupir", "nyetir", "pelayan", "barista", "cook", "koki", "chef",
        "commis", "crew", "host", "montir", "mekanik", "teknisi", "welder", "penjahit", "qc", "qa", "packing", "asisten", "honorer", "housekeeping",
        "attendant", "dishwasher", "server", "telemarketing", "cs", "abk", "tki", "pmi", "tkw", "pramuniaga", "cleaner", "buruh", "kuli",
        "mandor", "checker", "picker", "packer", "admin", "desainer", "designer", "programmer", "guru", "pengajar", "perawat", "bidan",
        "receptionist", "resepsionis", "bartender", "butcher", "baker", "valet", "petugas", "tenaga", "supervisor", "leader", "manager",
        "marketing", "akuntan", "accounting", "finance", "hrd", "drafter", "editor", "fotografer", "videografer", "programer", "engineer",
        "staff", "staf", "pegawai", "crewman", "operator2", "kasirnya", "layouter", "outer", "servis", "service", "forklift", "juru",
        "tukang", "pelaut", "nahkoda", "masinis", "sekuriti", "scurity", "secuity", "satpan", "pengantar", "pemandu", "guide", "mua",
        "pramusaji", "bellboy", "bellman", "fo", "frontliner", "elektrisi", "electrician", "steward", "runner", "hostess", "detailer",
        "gardener", "pramugari", "pramugara", "dispatcher", "merchandiser", "sekretaris", "collector", "kolektor", "satpol",
        "specialist", "officer", "analyst", "assistant", "associate", "executive", "harianlepas", "probation", "serabutan", "sortir", "sorter",
        "instalatur", "ppic", "kenshusei", "nguli", "kantoran", "thl", "marbot", "ajudan", "kaur", "penjaga", "canvasser", "oiler", "ngenek",
        "beautician", "terapis", "therapist", "barback", "stylist", "hairstylist", "nailist",
    ]).union(careTitles)
    /// Care given as a job: always in someone else's home or for someone else's kin, so never a home business.
    /// …and household work ("ART", "PRT", "pembantu"), done in the employer's home.
    static let careTitles: Set<String> = ["sitter", "babysitter", "nanny", "caregiver", "pengasuh", "art", "prt", "pembantu", "pramuwisma"]
    /// Titles that are own-account work whoever writes them.
    static let ownTitles: Set<String> = [
        "ojol", "ojek", "ojeg", "ngojek", "gojek", "grab", "maxim", "shopeefood", "gofood", "freelance", "freelancer", "youtuber", "creator",
        "influencer", "endorse", "tukangojek", "joki", "fiverr", "upwork", "lalamove", "jastip", "reseller", "dropship", "dropshipper", "affiliate", "afiliasi",
        "petani", "peternak", "nelayan", "ternak", "ngojol", "ngegrab", "ngeshopee", "markir", "markirin", "affiliator", "ngelesin",
        "bertani", "berkebun", "nyawah", "beternak", "berternak", "afiliator", "ngelaut", "melaut", "nambak", "mulung", "memulung",
        "pemulung", "pengepul",
    ]
    /// Own-account titles of the sea and the land that are a boss's work when the boat or field is someone else's
    /// ("nelayan ikut kapal juragan", "ngelaut, ikut perahu tetangga"): crews and farmhands are employees.
    static let landAndSea: Set<String> = ["nelayan", "ngelaut", "melaut", "petani", "bertani", "berkebun", "nyawah", "nambak", "peternak", "ternak",
                                          "beternak", "berternak"]
    /// Words that say the business or the work is someone else's: the graduate is an employee there.
    static let employeeMarkers: Set<String> = ["gaji", "kontrak", "outsourcing", "shift", "honorer", "lembur", "atasan", "bos", "majikan", "hrd",
                                               "juragan", "perusahaan", "pt", "cv", "pabrik", "kantor", "magangberbayar", "borongan", "harian", "ownernya", "pemiliknya", "bosnya",
                                               "mingguan", "bulanan", "mandor", "spv", "supervisor", "manajer", "manager", "korlap"]
    /// Words that say the work is the graduate's own.
    static let ownMarkers: Set<String> = ["sendiri", "modal", "pelanggan", "langganan", "pesanan", "pesenan", "orderan", "order", "klien",
                                          "client", "laris", "omzet", "omset", "untung", "customer", "konsumen", "grosir", "mandiri", "lepas"]

    /// Nouns that make "buka …" a business ("buka bengkel").
    static let businessNouns: Set<String> = [
        "usaha", "warung", "toko", "bengkel", "salon", "laundry", "kedai", "cafe", "kafe", "katering", "catering", "lapak", "jasa", "konter",
        "counter", "angkringan", "booth", "stand", "shop", "kios", "jahitan", "les", "barbershop", "warkop", "lapo", "praktek", "studio",
        "sablon", "servis", "service", "coffee", "stall", "butik", "kadai", "homestay", "kos", "kosan", "kantin", "depot", "gerai", "outlet", "restoran", "resto",
        "tambal", "cucian", "sewa", "rental", "percetakan", "fotokopi", "konveksi", "pangkas", "warteg", "warmindo",
    ]

    /// Places "di" is typed glued to ("dirumah", "dipabrik"), split again so the place is read.
    static let places: Set<String> = ["rumah", "pabrik", "kantor", "gudang", "toko", "hotel", "bengkel", "resto", "restoran", "warung", "proyek",
                                      "konveksi", "laundry", "salon", "minimarket", "mall", "klinik", "kampung", "kos", "kosan", "kampus", "pasar"]

    /// Ways of addressing the admin, skipped when looking for a question word.
    static let address: Set<String> = ["kak", "ka", "kk", "kakak", "kaka", "min", "mimin", "admin", "bang", "mas", "mbak", "mba", "pak", "bu", "bro", "sis", "lae", "cuy", "ngab", "bestie",
                                       "gan", "teh", "aa", "akang", "bapak", "ibu", "halo", "hai", "hi", "hello", "maaf", "permisi", "sorry",
                                       "punten", "yth", "kaka", "om", "ko", "koh", "cik", "buk", "uni", "mbakyu", "cak", "bund", "bunda", "dik", "dek", "sir", "madam", "bos"]
    /// Clause-initial words that make a clause a question.
    static let questionStarts: Set<String> = [
        "kapan", "apakah", "apa", "gimana", "bagaimana", "berapa", "dimana", "kenapa", "mengapa", "bisakah", "bolehkah", "boleh", "bisa",
        "kpn", "gmn", "brp", "when", "how", "where", "what", "why", "can", "could", "is", "are", "do", "does", "mohon", "tolong", "minta",
        "infokan", "ada", "piye", "kumaha", "naon", "iki", "ini", "itu", "siapa", "sapa", "kok", "wajib", "caranya", "cara", "gimana2",
    ]
    /// Words that open a condition ("kalo udah kerja…", "misal bantu2 di warung…"): what follows is supposed, not said.
    static let conditionals: Set<String> = ["kalo", "kalau", "klo", "kl", "jika", "jikalau", "bila", "apabila", "if", "lamun", "yen", "seandainya",
                                            "andai", "upami", "upama", "umpama", "mun", "misal", "misalnya", "semisal"]
    /// Question words that make a clause a question wherever they stand ("pendaftaran kapan dibuka").
    static let interrogatives: Set<String> = ["kapan", "apakah", "gimana", "bagaimana", "berapa", "dimana", "kenapa", "mengapa", "kpn", "gmn",
                                              "brp", "piye", "kumaha", "siapa", "caranya", "mana", "dmn"]
    /// Words that carry no answer: greetings, thanks, acknowledgements, addressing, laughter, blessings.
    static let filler: Set<String> = address.union([
        "assalamualaikum", "assalamu", "alaikum", "assalamualaikumwrwb", "waalaikumsalam", "wr", "wb", "pagi", "siang", "sore", "malam", "malem",
        "selamat", "good", "morning", "evening", "afternoon", "night", "terima", "kasih", "makasih", "terimakasih", "trims", "tks", "thx",
        "thanks", "thank", "you", "u", "ok", "oke", "okay", "okey", "okee", "sip", "siap", "baik", "noted", "yes", "dong", "nih",
        "samasama", "amin", "aamiin", "amiin", "mantap", "mantab", "wkwk", "wkwkwk", "hehe", "haha", "hihi", "xixi", "banyak", "semua",
        "all", "juga", "hey", "salam", "kenal", "kembali", "very", "much", "alhamdulillah", "masya", "allah", "lo", "lho", "kok", "sih",
        "tanya", "nanya", "izin", "ijin", "ask", "atas", "for", "deh", "ya", "kan", "lah", "loh", "nya", "aja", "saja", "doang",
        "nuhun", "hatur", "matur", "suwun", "sugeng", "enjing", "wilujeng", "horas", "the", "a", "an", "and", "dan", "it", "is", "of",
        "p", "tes", "test", "absen", "hadir", "btw", "oh", "ooh", "hmm", "eh", "wah", "wow", "tuh", "nah", "mah", "euy",
        "teh", "da", "kok", "yah", "yaudah", "dipun", "sajo", "ieu", "ji", "tabe", "nyuwun", "sewu", "pangapunten", "sugeng", "dalu", "sonten", "oalah", "hadeh", "duh", "lur", "bro", "sob", "guys", "aamiin2", "nya",
    ])
    /// Thanks and greetings, the plainest small talk (a subset of `filler`).
    static let thanksAndGreetings: Set<String> = [
        "terima", "kasih", "makasih", "terimakasih", "trims", "tks", "thx", "thanks", "thank", "you", "nuhun", "hatur", "matur", "suwun",
        "assalamualaikum", "assalamu", "alaikum", "assalamualaikumwrwb", "waalaikumsalam", "wr", "wb", "pagi", "siang", "sore", "malam",
        "malem", "selamat", "good", "morning", "evening", "afternoon", "night", "halo", "hai", "hi", "hello", "salam", "samasama",
        "kembali", "banyak", "very", "much", "atas", "sugeng", "enjing", "wilujeng", "dalu", "sonten",
    ]
    /// Emoji that stand for a word of the answer when typed beside words: "kuliah ✅ kerja ❌", "💼 di PT Mega".
    /// Keyed by the emoji's first scalar, so the forms with and without U+FE0F are one.
    static let emojiWords: [Unicode.Scalar: String] = [
        "\u{2705}": "ya", "\u{2714}": "ya", "\u{2611}": "ya", "\u{274C}": "tidak", "\u{2716}": "tidak",
        "\u{1F4BC}": "kerja", "\u{1F50D}": "cari", "\u{1F50E}": "cari",
    ]
    /// Emoji of work, study or home that, sent with no word at all, may be an answer ("💼", "🛵", "📚"): a person
    /// reads them. "🙏", "👍" or "😂" alone are small talk.
    static let statusEmoji: Set<Unicode.Scalar> = [
        "\u{1F4BC}", "\u{1F50D}", "\u{1F50E}", "\u{1F6F5}", "\u{1F3EA}", "\u{1F4DA}", "\u{1F930}", "\u{1F3ED}", "\u{1F373}",
        "\u{1F9F5}", "\u{1FAA1}", "\u{1F527}", "\u{1F393}", "\u{1F4C4}", "\u{1F4DD}", "\u{1F3E0}",
    ]
    /// Chat-export placeholders and system texts for non-text messages.
    static let mediaPlaceholders = [
        "<media omitted>", "<media tidak disertakan>", "sticker omitted", "stiker tidak disertakan", "image omitted", "gambar tidak disertakan",
        "audio omitted", "video omitted", "gif omitted", "document omitted", "dokumen tidak disertakan", "this message was deleted",
        "pesan ini telah dihapus", "panggilan suara tak terjawab", "panggilan video tak terjawab", "missed voice call", "missed video call",
        "you deleted this message", "anda menghapus pesan ini", "contact card omitted", "kartu kontak tidak disertakan",
    ]
    /// Forwarded messages (chain messages, job adverts) are never the sender's own answer.
    static let forwardedMarks: Set<String> = ["diteruskan", "forwarded"]

    /// Numerals written as words, for numbered answers ("satu", "tiga kak").
    static let numberWords: [String: Int] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
        "ketujuh": 7, "kedelapan": 8, "hiji": 1, "tilu": 3, "opat": 4, "genep": 6,
    ]
}
