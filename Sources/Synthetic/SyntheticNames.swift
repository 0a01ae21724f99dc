/// Name parts combined at random: generated people, never real ones.
public enum SyntheticNames {
    public static let male = ["Agus", "Budi", "Dimas", "Eko", "Fajar", "Gilang", "Hendra", "Irfan", "Joko", "Kevin", "Lukman",
                       "Muhammad", "Nanda", "Oki", "Putra", "Rizky", "Satria", "Teguh", "Wahyu", "Yoga", "Zaki", "Bagus",
                       "Dedi", "Fikri", "Hadi", "Ilham", "Reza", "Taufik", "Arif", "Bayu", "Candra", "Doni", "Galih"]
    public static let female = ["Ayu", "Bunga", "Citra", "Dewi", "Eka", "Fitri", "Gita", "Hana", "Indah", "Julia", "Kartika",
                         "Lestari", "Maya", "Nur", "Putri", "Rina", "Sari", "Tika", "Utami", "Wulan", "Yuni", "Annisa",
                         "Dinda", "Nabila", "Rahma", "Salsabila", "Siti", "Vina", "Anggun", "Mega", "Novi", "Ratna"]
    public static let family = ["Pratama", "Saputra", "Wijaya", "Santoso", "Hidayat", "Kurniawan", "Setiawan", "Nugroho",
                         "Rahmawati", "Lestari", "Permata", "Maharani", "Siregar", "Nasution", "Hasibuan", "Simanjuntak",
                         "Sihombing", "Wibowo", "Gunawan", "Firmansyah", "Ramadhan", "Hakim", "Syahputra", "Susanti",
                         "Purnomo", "Handoko", "Suryadi", "Halim", "Utomo", "Sulistyo"]
    public static let kelurahan: [String: [String]] = [
        "Tangerang": ["Babakan", "Sukarasa", "Tanah Tinggi"], "Jatiuwung": ["Gandasari", "Manis Jaya"],
        "Batuceper": ["Batuceper", "Poris Gaga"], "Benda": ["Belendung", "Jurumudi"],
        "Cipondoh": ["Poris Plawad", "Ketapang", "Petir"], "Ciledug": ["Sudimara Barat", "Paninggilan"],
        "Karawaci": ["Bojong Jaya", "Nusa Jaya", "Sumur Pacing"], "Periuk": ["Gebang Raya", "Sangiang Jaya"],
        "Cibodas": ["Panunggangan Barat", "Uwung Jaya"], "Neglasari": ["Karang Sari", "Kedaung Wetan"],
        "Pinang": ["Kunciran", "Panunggangan Utara"], "Karang Tengah": ["Pedurenan", "Karang Timur"],
        "Larangan": ["Larangan Indah", "Cipadu"],
    ]
}
