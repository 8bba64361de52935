// The sample loaded on the first visit: a notice of meeting conclusions (Thông báo kết luận)
// written for this project (the province office, the people and the meeting are invented). It has
// a few of the mistakes drafters make most often (spec §6), so that the page shows its worth at
// once: an en dash in the motto, a day without its leading zero, "V/v" under a typed document, a
// full stop after the summary, no "./." after the body, a recipient line without ";", and "KT"
// without its dot. The number is left blank, as in a real draft.
export const SAMPLE_TEXT = `UBND TỈNH QUẢNG TRỊ
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

Số:      /TB-VP
Quảng Trị, ngày 9 tháng 11 năm 2026

THÔNG BÁO
V/v kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Hòa tại cuộc họp về tiến độ triển khai dịch vụ công trực tuyến toàn trình năm 2026.

Ngày 04 tháng 11 năm 2026, Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Hòa chủ trì cuộc họp nghe báo cáo tiến độ triển khai dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh. Tham dự cuộc họp có đại diện lãnh đạo Sở Khoa học và Công nghệ, Sở Nội vụ, Sở Tài chính, Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường. Sau khi nghe Sở Khoa học và Công nghệ báo cáo và ý kiến của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Đánh giá chung

Trong 10 tháng đầu năm 2026, các sở, ngành và địa phương đã tích cực triển khai các nhiệm vụ chuyển đổi số; tỷ lệ hồ sơ tiếp nhận và giải quyết trực tuyến toàn trình đạt 58,4%, tăng 12,1% so với cùng kỳ năm trước. Tuy nhiên, một số thủ tục hành chính có số lượng hồ sơ lớn vẫn chủ yếu tiếp nhận trực tiếp; việc số hóa kết quả giải quyết thủ tục hành chính ở một số xã còn chậm; hạ tầng mạng tại một số điểm tiếp nhận chưa ổn định.

2. Nhiệm vụ trong thời gian tới

a) Sở Khoa học và Công nghệ chủ trì, phối hợp với các đơn vị liên quan rà soát, hoàn thiện quy trình điện tử của các thủ tục hành chính có phát sinh hồ sơ lớn; báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.

b) Sở Nội vụ tăng cường kiểm tra việc thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại các cơ quan, đơn vị; kịp thời chấn chỉnh những nơi chậm triển khai.

c) Sở Tài chính cân đối, bố trí kinh phí nâng cấp hạ tầng mạng tại các điểm tiếp nhận hồ sơ cấp xã, trình cấp có thẩm quyền xem xét trong tháng 12 năm 2026.

d) Ủy ban nhân dân các xã, phường phân công công chức hướng dẫn người dân nộp hồ sơ trực tuyến; niêm yết công khai danh mục dịch vụ công trực tuyến toàn trình tại trụ sở.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện

Nơi nhận:
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Các sở: KH&CN, Nội vụ, Tài chính;
- UBND các xã, phường
- Lưu: VT, KGVX.

KT CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Thị Thu Hà
`;
