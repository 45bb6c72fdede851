package jp.kenpokpi.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The association and its 47 branches, in JIS X 0401 order. */
public final class Organisations {

    private static final String[][] PREFECTURES = {
        {"北海道", "北海道"}, {"青森県", "青森"}, {"岩手県", "岩手"}, {"宮城県", "宮城"}, {"秋田県", "秋田"},
        {"山形県", "山形"}, {"福島県", "福島"}, {"茨城県", "茨城"}, {"栃木県", "栃木"}, {"群馬県", "群馬"},
        {"埼玉県", "埼玉"}, {"千葉県", "千葉"}, {"東京都", "東京"}, {"神奈川県", "神奈川"}, {"新潟県", "新潟"},
        {"富山県", "富山"}, {"石川県", "石川"}, {"福井県", "福井"}, {"山梨県", "山梨"}, {"長野県", "長野"},
        {"岐阜県", "岐阜"}, {"静岡県", "静岡"}, {"愛知県", "愛知"}, {"三重県", "三重"}, {"滋賀県", "滋賀"},
        {"京都府", "京都"}, {"大阪府", "大阪"}, {"兵庫県", "兵庫"}, {"奈良県", "奈良"}, {"和歌山県", "和歌山"},
        {"鳥取県", "鳥取"}, {"島根県", "島根"}, {"岡山県", "岡山"}, {"広島県", "広島"}, {"山口県", "山口"},
        {"徳島県", "徳島"}, {"香川県", "香川"}, {"愛媛県", "愛媛"}, {"高知県", "高知"}, {"福岡県", "福岡"},
        {"佐賀県", "佐賀"}, {"長崎県", "長崎"}, {"熊本県", "熊本"}, {"大分県", "大分"}, {"宮崎県", "宮崎"},
        {"鹿児島県", "鹿児島"}, {"沖縄県", "沖縄"},
    };

    private static final Organisations ALL = new Organisations();

    private final List<Organisation> organisations;

    private Organisations() {
        List<Organisation> list = new ArrayList<>();
        list.add(new Organisation(OrgCode.ASSOCIATION, "", "協会全体", Optional.empty()));
        for (int i = 0; i < PREFECTURES.length; i++) {
            int number = i + 1;
            list.add(new Organisation(
                    OrgCode.of(number), PREFECTURES[i][0], PREFECTURES[i][1] + "支部", Optional.of(blockOf(number))));
        }
        this.organisations = Collections.unmodifiableList(list);
    }

    public static Organisations all() {
        return ALL;
    }

    private static Block blockOf(int prefecture) {
        if (prefecture == 1) return Block.HOKKAIDO;
        if (prefecture <= 7) return Block.TOHOKU;
        if (prefecture <= 14) return Block.KANTO;
        if (prefecture <= 23) return Block.CHUBU;
        if (prefecture <= 30) return Block.KINKI;
        if (prefecture <= 35) return Block.CHUGOKU;
        if (prefecture <= 39) return Block.SHIKOKU;
        return Block.KYUSHU_OKINAWA;
    }

    /** The association first, then the 47 branches. */
    public List<Organisation> list() {
        return organisations;
    }

    public List<Organisation> branches() {
        return organisations.subList(1, organisations.size());
    }

    public List<Organisation> branchesIn(Block block) {
        return branches().stream().filter(b -> b.block().orElseThrow() == block).toList();
    }

    public Organisation get(OrgCode code) {
        return organisations.get(Integer.parseInt(code.value()));
    }

    public Optional<Organisation> find(String code) {
        try {
            return Optional.of(get(OrgCode.of(code)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public int branchCount() {
        return organisations.size() - 1;
    }
}
