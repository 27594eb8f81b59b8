//! The revenue streams as a French reply names them, in the order every reply lists them.

pub const IN_FRENCH: [&str; 9] = [
    "Programme de récompenses des créateurs",
    "Fonds des créateurs",
    "Partenariats de marques",
    "Cadeaux LIVE",
    "Cadeaux vidéo (Video Gifts)",
    "Abonnements payants",
    "Affiliation et TikTok Shop",
    "Vos propres produits",
    "TikTok Pulse",
];
