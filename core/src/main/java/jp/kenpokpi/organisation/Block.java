package jp.kenpokpi.organisation;

/** A regional group of branches used for comparison tables (東北 …). */
public enum Block {
    HOKKAIDO("北海道"),
    TOHOKU("東北"),
    KANTO("関東"),
    CHUBU("中部"),
    KINKI("近畿"),
    CHUGOKU("中国"),
    SHIKOKU("四国"),
    KYUSHU_OKINAWA("九州・沖縄");

    private final String nameJa;

    Block(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
