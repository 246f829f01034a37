<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Máy chủ không chấp nhận yêu cầu.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>Máy chủ không chấp nhận yêu cầu: %1</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Phiên đăng nhập của bạn không còn hợp lệ. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The sign-in has no merchant session yet. Sign in again.</source>
        <translation>Lần đăng nhập này chưa có phiên người bán. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant, so it cannot be claimed from this account.</source>
        <translation>Thiết bị đầu cuối này thuộc về người bán khác nên không thể nhận thiết bị từ tài khoản này.</translation>
    </message>
    <message>
        <source>This device is not provisioned with Viopay.</source>
        <translation>Thiết bị này chưa được cấp phép dùng với Viopay.</translation>
    </message>
    <message>
        <source>This terminal is already claimed.</source>
        <translation>Thiết bị đầu cuối này đã được nhận.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Yêu cầu quá lớn đối với máy chủ.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in 1 second.</source>
        <translation>Quá nhiều lần thử. Vui lòng thử lại sau 1 giây.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation>Quá nhiều lần thử. Vui lòng thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Quá nhiều lần thử. Vui lòng đợi một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The Viopay service is offline. Try again in a moment.</source>
        <translation>Dịch vụ Viopay đang ngoại tuyến. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The Viopay service had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Dịch vụ Viopay gặp sự cố (HTTP %1). Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Máy chủ đã từ chối yêu cầu (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot reach the Viopay service. Check the network connection.</source>
        <translation>Không thể kết nối tới dịch vụ Viopay. Vui lòng kiểm tra kết nối mạng.</translation>
    </message>
    <message>
        <source>The Viopay service did not answer in time.</source>
        <translation>Dịch vụ Viopay không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate could not be verified.</source>
        <translation>Kết nối không an toàn: không thể xác minh chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>The Viopay service sent an answer this app does not understand.</source>
        <translation>Dịch vụ Viopay gửi về một phản hồi mà ứng dụng này không hiểu được.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Yêu cầu đã bị hủy.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Lỗi %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>mã truy vết %1</translation>
    </message>
    <message>
        <source>This code is not active. Ask for the code now on the terminal&apos;s screen: it shows the current one.</source>
        <translation>Mã này không còn hiệu lực. Hãy xem mã hiện tại trên màn hình thiết bị đầu cuối: màn hình luôn hiển thị mã đang dùng.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s. Check the network connection and the server address.</source>
        <translation>Không thể kết nối tới %1 trong vòng %2 giây. Vui lòng kiểm tra kết nối mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>Không thể kết nối tới %1. Vui lòng kiểm tra kết nối mạng.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Vai trò của bạn không cho phép thao tác này: %1</translation>
    </message>
    <message>
        <source>ask an administrator.</source>
        <translation>hãy hỏi quản trị viên.</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Claim a terminal</source>
        <translation>Nhận thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Type the 6-symbol code shown on the terminal&apos;s screen, then press Enter.</source>
        <translation>Nhập mã 6 ký tự hiển thị trên màn hình thiết bị đầu cuối, rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Codes never contain 0, O, I or 1. Paste works too.</source>
        <translation>Mã không bao giờ chứa 0, O, I hoặc 1. Bạn cũng có thể dán mã.</translation>
    </message>
    <message>
        <source>Claims the terminal whose code is typed above</source>
        <translation>Nhận thiết bị đầu cuối có mã được nhập ở trên</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>The next step after this outcome: claim another terminal or try again</source>
        <translation>Bước tiếp theo sau kết quả này: nhận thiết bị khác hoặc thử lại</translation>
    </message>
    <message>
        <source>Clai&amp;m terminal</source>
        <translation>Nhận thiết bị (&amp;M)</translation>
    </message>
    <message>
        <source>Nam&amp;e (optional):</source>
        <translation>Tên (không bắt buộc) (&amp;E):</translation>
    </message>
    <message>
        <source>Terminal name (optional)</source>
        <translation>Tên thiết bị đầu cuối (không bắt buộc)</translation>
    </message>
    <message>
        <source>A name for the terminal claimed next, such as Front counter; leave empty for none</source>
        <translation>Tên cho thiết bị đầu cuối được nhận tiếp theo, ví dụ Quầy trước; để trống nếu không cần</translation>
    </message>
    <message>
        <source>Front counter</source>
        <translation>Quầy trước</translation>
    </message>
    <message>
        <source>Location (o&amp;ptional):</source>
        <translation>Địa điểm (không bắt buộc) (&amp;P):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>The store the terminal claimed next belongs to; the last one chosen is offered again</source>
        <translation>Cửa hàng của thiết bị đầu cuối được nhận tiếp theo; địa điểm chọn lần trước sẽ được đề xuất lại</translation>
    </message>
</context>
<context>
    <name>ClaimQueuePage</name>
    <message>
        <source>Claim many terminals</source>
        <translation>Nhận nhiều thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Paste or type the codes the terminals show, one a line. A name may follow its code after a comma or a tab. The codes are claimed one after another.</source>
        <translation>Dán hoặc nhập các mã hiển thị trên thiết bị đầu cuối, mỗi dòng một mã. Có thể ghi tên sau mã, cách bằng dấu phẩy hoặc Tab. Thiết bị sẽ được nhận lần lượt theo từng mã.</translation>
    </message>
    <message>
        <source>Codes to add</source>
        <translation>Mã cần thêm</translation>
    </message>
    <message>
        <source>One code a line, a name after a comma or a tab if you like; Ctrl+Enter adds them to the queue</source>
        <translation>Mỗi dòng một mã, có thể ghi tên sau dấu phẩy hoặc Tab; Ctrl+Enter để thêm vào hàng đợi</translation>
    </message>
    <message>
        <source>K7M 3NP, Front counter
Q4W 8ZT, Patio
H6R 2XD</source>
        <translation>K7M 3NP, Quầy trước
Q4W 8ZT, Sân hiên
H6R 2XD</translation>
    </message>
    <message>
        <source>Locatio&amp;n for all:</source>
        <translation>Địa điểm cho tất cả (&amp;N):</translation>
    </message>
    <message>
        <source>Location for all</source>
        <translation>Địa điểm cho tất cả</translation>
    </message>
    <message>
        <source>The store every terminal of the queue belongs to; the last one chosen is offered again</source>
        <translation>Cửa hàng của mọi thiết bị đầu cuối trong hàng đợi; địa điểm chọn lần trước sẽ được đề xuất lại</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>Thêm vào hàng đợi (&amp;Q)</translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Thêm các mã đã nhập ở trên vào hàng đợi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adds the codes typed above to the queue below, each as a row</source>
        <translation>Thêm các mã đã nhập ở trên vào hàng đợi bên dưới, mỗi mã một dòng</translation>
    </message>
    <message>
        <source>Claim queue</source>
        <translation>Hàng đợi nhận thiết bị</translation>
    </message>
    <message>
        <source>Each code with its outcome; F2 edits a code or a name to fix the row, Delete removes the selected rows</source>
        <translation>Mỗi mã kèm kết quả; F2 sửa mã hoặc tên để khắc phục dòng đó, Delete xóa các dòng đã chọn</translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation>Tiến độ hàng đợi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xóa (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected rows from the queue (Delete)</source>
        <translation>Xóa các dòng đã chọn khỏi hàng đợi (Delete)</translation>
    </message>
    <message>
        <source>Removes the selected rows from the queue; a row being claimed stays</source>
        <translation>Xóa các dòng đã chọn khỏi hàng đợi; dòng đang được nhận vẫn được giữ lại</translation>
    </message>
    <message>
        <source>Clear claimed</source>
        <translation>Xóa dòng đã nhận</translation>
    </message>
    <message>
        <source>Remove the rows that were claimed, keeping those to fix</source>
        <translation>Xóa các dòng đã nhận thành công, giữ lại các dòng cần sửa</translation>
    </message>
    <message>
        <source>Removes every claimed row from the queue</source>
        <translation>Xóa mọi dòng đã nhận khỏi hàng đợi</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>Nhận tất cả (&amp;L)</translation>
    </message>
    <message>
        <source>Claims every waiting row, one after another; while it runs, stops after the claim in progress</source>
        <translation>Lần lượt nhận mọi dòng đang chờ; khi đang chạy, nút này sẽ dừng sau lần nhận hiện tại</translation>
    </message>
</context>
<context>
    <name>ContinueInBrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Tiếp tục trong trình duyệt</translation>
    </message>
    <message>
        <source>Your web browser has opened your organisation&apos;s sign-in page. Sign in there; this window continues by itself when you are done. If no browser opened, copy the link and open it in one.</source>
        <translation>Trình duyệt web đã mở trang đăng nhập của tổ chức bạn. Hãy đăng nhập tại đó; cửa sổ này sẽ tự tiếp tục khi bạn xong. Nếu không có trình duyệt nào mở ra, hãy sao chép liên kết và mở trong trình duyệt.</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Trạng thái liên kết</translation>
    </message>
    <message>
        <source>Copies the sign-in page&apos;s address, to open it in a browser yourself</source>
        <translation>Sao chép địa chỉ trang đăng nhập để bạn tự mở trong trình duyệt</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Sao chép liên kết (&amp;C)</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; the sign-in there will not complete</source>
        <translation>Ngừng chờ trình duyệt; việc đăng nhập tại đó sẽ không hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The %1 is required.</source>
        <translation>Cần nhập %1.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Trường %1 dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;%2&quot;.</source>
        <translation>Trường %1 không được chứa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The app version is required.</source>
        <translation>Cần nhập phiên bản ứng dụng.</translation>
    </message>
    <message>
        <source>The app version must be numbers separated by dots, such as 1.4.2 (got &quot;%1&quot;).</source>
        <translation>Phiên bản ứng dụng phải là các số phân cách bằng dấu chấm, ví dụ 1.4.2 (nhận được &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The device id is required, such as POS-8F3A2C91.</source>
        <translation>Cần nhập mã thiết bị, ví dụ POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>The device id must start with POS- in upper case, such as POS-8F3A2C91 (got &quot;%1&quot;).</source>
        <translation>Mã thiết bị phải bắt đầu bằng POS- viết hoa, ví dụ POS-8F3A2C91 (nhận được &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The device id needs exactly 8 hexadecimal digits after POS- (got %1).</source>
        <translation>Mã thiết bị cần đúng 8 chữ số thập lục phân sau POS- (nhận được %1).</translation>
    </message>
    <message>
        <source>The device id may only contain hexadecimal digits (0-9, A-F) after POS-; &quot;%1&quot; is not one.</source>
        <translation>Sau POS-, mã thiết bị chỉ được chứa chữ số thập lục phân (0-9, A-F); &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>hệ điều hành</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mẫu máy</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices</source>
        <translation>Lọc thiết bị</translation>
    </message>
    <message>
        <source>Filter by device, model, status or person…</source>
        <translation>Lọc theo thiết bị, mẫu máy, trạng thái hoặc người dùng…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm mới (&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Tải lại danh sách (F5)</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Giải phóng (&amp;L)…</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Giải phóng thiết bị đầu cuối đã chọn để có thể ghép nối lại (Delete)</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Thiết bị của bạn</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Xuất (&amp;X)…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file for a spreadsheet</source>
        <translation>Lưu danh sách thành tệp CSV để mở bằng bảng tính</translation>
    </message>
    <message>
        <source>Saves every terminal of the list as a CSV file</source>
        <translation>Lưu mọi thiết bị đầu cuối trong danh sách thành tệp CSV</translation>
    </message>
    <message>
        <source>Whether the list is live</source>
        <translation>Danh sách có đang cập nhật trực tiếp hay không</translation>
    </message>
    <message>
        <source>This merchant&apos;s terminals, kept up to date as they change; F2 renames the selected one or moves it to another location, Delete releases it</source>
        <translation>Các thiết bị đầu cuối của người bán này, được cập nhật khi có thay đổi; F2 đổi tên thiết bị đã chọn hoặc chuyển sang địa điểm khác, Delete giải phóng thiết bị</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Chọn một thiết bị đầu cuối để xem lịch sử.</translation>
    </message>
    <message>
        <source>Export &amp;history…</source>
        <translation>Xuất lịch sử (&amp;H)…</translation>
    </message>
    <message>
        <source>Save the selected terminal&apos;s history as a CSV file</source>
        <translation>Lưu lịch sử của thiết bị đầu cuối đã chọn thành tệp CSV</translation>
    </message>
    <message>
        <source>Saves the history shown below as a CSV file</source>
        <translation>Lưu lịch sử hiển thị bên dưới thành tệp CSV</translation>
    </message>
    <message>
        <source>History of the selected terminal</source>
        <translation>Lịch sử của thiết bị đầu cuối đã chọn</translation>
    </message>
    <message>
        <source>Every event of the terminal, newest first; Enter on a trace id shows its requests in the network inspector</source>
        <translation>Mọi sự kiện của thiết bị đầu cuối, mới nhất ở đầu; nhấn Enter trên một mã truy vết để xem các yêu cầu của nó trong trình kiểm tra mạng</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a terminal · Viopay Pairing</source>
        <translation>Chẩn đoán thiết bị đầu cuối · Viopay Pairing</translation>
    </message>
    <message>
        <source>Checks, one after another, why a terminal does not pair: the connection, its clock and app version, whether it is provisioned, its state, whose it is and the sandbox&apos;s drills. Nothing is changed on the server.</source>
        <translation>Lần lượt kiểm tra vì sao thiết bị đầu cuối không ghép nối được: kết nối, đồng hồ và phiên bản ứng dụng, đã được cấp phép chưa, trạng thái, thuộc về ai và các diễn tập lỗi của sandbox. Không thay đổi gì trên máy chủ.</translation>
    </message>
    <message>
        <source>Terminal &amp;id</source>
        <translation>Mã thiết bị đầu cuối (&amp;I)</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Mã thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>The id on the terminal&apos;s label, such as POS-8F3A2C91</source>
        <translation>Mã trên nhãn của thiết bị đầu cuối, ví dụ POS-8F3A2C91</translation>
    </message>
    <message>
        <source>POS-XXXXXXXX</source>
        <translation>POS-XXXXXXXX</translation>
    </message>
    <message>
        <source>App &amp;version</source>
        <translation>Phiên bản ứng dụng (&amp;V)</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>Optional: the terminal app&apos;s version, checked against the server&apos;s minimum</source>
        <translation>Không bắt buộc: phiên bản ứng dụng trên thiết bị, được so với mức tối thiểu của máy chủ</translation>
    </message>
    <message>
        <source>optional, e.g. 1.4.2</source>
        <translation>không bắt buộc, ví dụ 1.4.2</translation>
    </message>
    <message>
        <source>Runs every check against the server</source>
        <translation>Chạy mọi mục kiểm tra với máy chủ</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Chạy (&amp;R)</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Tiến độ chẩn đoán</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v/%m mục kiểm tra</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Each check with its result: pass, warning, fail or not available</source>
        <translation>Từng mục kiểm tra và kết quả: đạt, cảnh báo, không đạt hoặc không khả dụng</translation>
    </message>
    <message>
        <source>&amp;Details of the selected check</source>
        <translation>Chi tiết mục kiểm tra đã chọn (&amp;D)</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Chi tiết mục kiểm tra đã chọn</translation>
    </message>
    <message>
        <source>The finding, its evidence (HTTP status, error code, trace id) and the next step</source>
        <translation>Phát hiện, bằng chứng (trạng thái HTTP, mã lỗi, mã truy vết) và bước tiếp theo</translation>
    </message>
    <message>
        <source>Copies the whole diagnosis as plain text, for an e-mail or a ticket</source>
        <translation>Sao chép toàn bộ kết quả chẩn đoán dưới dạng văn bản thuần, để gửi email hoặc phiếu hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Sao chép dạng văn bản (&amp;C)</translation>
    </message>
    <message>
        <source>Saves the diagnosis, the exchanges, the app&apos;s log, versions and settings in one archive, without secrets</source>
        <translation>Lưu kết quả chẩn đoán, các trao đổi, nhật ký ứng dụng, phiên bản và cài đặt vào một tệp nén, không kèm thông tin bí mật</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Lưu gói hỗ trợ (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Why won&apos;t %1 pair? Checked against %2 at %3.</source>
        <translation>Vì sao %1 không ghép nối được? Đã kiểm tra với %2 lúc %3.</translation>
    </message>
    <message>
        <source>Result: a check failed; its next step says what to do.</source>
        <translation>Kết quả: một mục kiểm tra không đạt; bước tiếp theo của mục đó cho biết cần làm gì.</translation>
    </message>
    <message>
        <source>Result: nothing found that stops pairing.</source>
        <translation>Kết quả: không tìm thấy vấn đề nào ngăn việc ghép nối.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCheck</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>lỗi %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>mã truy vết %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Bước tiếp theo: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
</context>
<context>
    <name>ExchangeDetails</name>
    <message>
        <source>  (no headers)</source>
        <translation>  (không có header)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(không có nội dung)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header của yêu cầu</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header của phản hồi</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Không có phản hồi: %1</translation>
    </message>
    <message>
        <source>Started %1
Took %2 ms
Retries: %3
Trace id %4</source>
        <translation>Bắt đầu: %1
Thời gian: %2 ms
Số lần thử lại: %3
Mã truy vết: %4</translation>
    </message>
    <message>
        <source>Decrypted under the terminal&apos;s MSK</source>
        <translation>Đã giải mã bằng MSK của thiết bị đầu cuối</translation>
    </message>
</context>
<context>
    <name>FaultDrillsDialog</name>
    <message>
        <source>Fault drills · Viopay Pairing</source>
        <translation>Diễn tập lỗi · Viopay Pairing</translation>
    </message>
    <message>
        <source>Drills change how the sandbox answers, at once, for every app and terminal using it. The sandbox&apos;s own admin requests are never affected, so a drill can always be undone here.</source>
        <translation>Các buổi diễn tập lỗi thay đổi ngay lập tức cách sandbox phản hồi, cho mọi ứng dụng và thiết bị đầu cuối đang dùng nó. Các yêu cầu quản trị của chính sandbox không bao giờ bị ảnh hưởng, nên bạn luôn có thể hoàn tác diễn tập lỗi tại đây.</translation>
    </message>
    <message>
        <source>Server faults</source>
        <translation>Lỗi máy chủ</translation>
    </message>
    <message>
        <source>Added &amp;latency</source>
        <translation>Độ trễ thêm (&amp;L)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Error rate</source>
        <translation>Tỷ lệ lỗi (&amp;E)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>answered with</source>
        <translation>phản hồi bằng</translation>
    </message>
    <message>
        <source>Error code of the drill</source>
        <translation>Mã lỗi của diễn tập</translation>
    </message>
    <message>
        <source>&amp;Stop all faults</source>
        <translation>Dừng mọi lỗi (&amp;S)</translation>
    </message>
    <message>
        <source>A terminal</source>
        <translation>Một thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>Thiết bị đầu cuối (&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xpire its code now</source>
        <translation>Làm hết hạn mã ngay (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Release it</source>
        <translation>Giải phóng thiết bị (&amp;R)</translation>
    </message>
    <message>
        <source>Delay added to every API answer</source>
        <translation>Độ trễ thêm vào mỗi phản hồi API</translation>
    </message>
    <message>
        <source>Share of API answers replaced by the chosen error</source>
        <translation>Tỷ lệ phản hồi API bị thay bằng lỗi đã chọn</translation>
    </message>
    <message>
        <source>The error the replaced answers carry</source>
        <translation>Lỗi mà các phản hồi bị thay thế mang theo</translation>
    </message>
    <message>
        <source>The terminal the buttons below act on</source>
        <translation>Thiết bị đầu cuối mà các nút bên dưới tác động</translation>
    </message>
    <message>
        <source>The terminal&apos;s pending code expires at once, so it asks for a new one</source>
        <translation>Mã đang chờ của thiết bị hết hạn ngay, nên thiết bị sẽ yêu cầu mã mới</translation>
    </message>
    <message>
        <source>Releases the terminal from the signed-in merchant&apos;s account</source>
        <translation>Giải phóng thiết bị khỏi tài khoản của người bán đang đăng nhập</translation>
    </message>
    <message>
        <source>Every API connection is closed without an answer, so apps and terminals see the server as unreachable. For 503 answers instead, use an error rate of 100% with 5030.</source>
        <translation>Mọi kết nối API đều bị đóng mà không có phản hồi, nên ứng dụng và thiết bị đầu cuối thấy máy chủ không truy cập được. Để nhận phản hồi 503 thay vào đó, hãy dùng tỷ lệ lỗi 100% với 5030.</translation>
    </message>
    <message>
        <source>Every API connection is dropped without an answer, as when the server is down</source>
        <translation>Mọi kết nối API bị ngắt mà không có phản hồi, như khi máy chủ ngừng hoạt động</translation>
    </message>
    <message>
        <source>Server &amp;offline: connections are dropped, as when the server is down</source>
        <translation>Máy chủ ngoại tuyến: kết nối bị ngắt, như khi máy chủ ngừng hoạt động (&amp;O)</translation>
    </message>
    <message>
        <source>Turns every fault off and brings the server back online</source>
        <translation>Tắt mọi lỗi và đưa máy chủ trực tuyến trở lại</translation>
    </message>
    <message>
        <source>This terminal&apos;s activation</source>
        <translation>Kích hoạt thiết bị này</translation>
    </message>
    <message>
        <source>Server &amp;clock offset</source>
        <translation>Độ lệch đồng hồ máy chủ (&amp;C)</translation>
    </message>
    <message>
        <source>Seconds added to the server time this terminal sees, to reproduce clock skew</source>
        <translation>Số giây cộng vào giờ máy chủ mà thiết bị này thấy, để tái hiện độ lệch đồng hồ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Attestation li&amp;fe</source>
        <translation>Thời hạn chứng thực (&amp;F)</translation>
    </message>
    <message>
        <source>How long the terminal&apos;s attestation token lasts; shorter than 300 s makes it expire mid-activation</source>
        <translation>Thời gian hiệu lực của mã chứng thực; dưới 300 giây sẽ hết hạn giữa lúc kích hoạt</translation>
    </message>
    <message>
        <source>Corrupt key &amp;block</source>
        <translation>Làm hỏng khối khóa (&amp;B)</translation>
    </message>
    <message>
        <source>The key whose block the sandbox corrupts, so its check value no longer matches</source>
        <translation>Khóa có khối bị sandbox làm hỏng, nên giá trị kiểm tra không còn khớp</translation>
    </message>
    <message>
        <source>Failing confi&amp;g</source>
        <translation>Cấu hình thất bại (&amp;G)</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s configuration request is answered with</source>
        <translation>Lỗi dùng để trả lời yêu cầu cấu hình của thiết bị</translation>
    </message>
    <message>
        <source>Failing acti&amp;vate</source>
        <translation>Kích hoạt thất bại (&amp;V)</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s activation request is answered with</source>
        <translation>Lỗi dùng để trả lời yêu cầu kích hoạt của thiết bị</translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>The sign-in service sent an identity token that is not one.</source>
        <translation>Dịch vụ đăng nhập đã gửi một mã thông báo định danh không hợp lệ.</translation>
    </message>
    <message>
        <source>The sign-in service signed the identity token in a way this app does not accept (RS256 is required).</source>
        <translation>Dịch vụ đăng nhập đã ký mã thông báo định danh theo cách ứng dụng này không chấp nhận (cần RS256).</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the sign-in service does not publish.</source>
        <translation>Mã thông báo định danh được ký bằng một khóa mà dịch vụ đăng nhập không công bố.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>Chữ ký của mã thông báo định danh không hợp lệ.</translation>
    </message>
    <message>
        <source>The identity token comes from another sign-in service.</source>
        <translation>Mã thông báo định danh đến từ một dịch vụ đăng nhập khác.</translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation>Mã thông báo định danh được cấp cho một ứng dụng khác.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Mã thông báo định danh đã hết hạn. Hãy kiểm tra đồng hồ của máy tính này, rồi đăng nhập lại.</translation>
    </message>
    <message>
        <source>The identity token belongs to another sign-in attempt.</source>
        <translation>Mã thông báo định danh thuộc về một lần đăng nhập khác.</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Network inspector · Viopay Pairing</source>
        <translation>Trình kiểm tra mạng · Viopay Pairing</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Lọc yêu cầu</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Sao chép dạng cURL (&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (secrets stay redacted)</source>
        <translation>Sao chép yêu cầu đã chọn dưới dạng lệnh curl (thông tin bí mật vẫn được ẩn)</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>Xuất HAR (&amp;H)…</translation>
    </message>
    <message>
        <source>Save every request as a HAR file, which a browser&apos;s developer tools open</source>
        <translation>Lưu mọi yêu cầu thành tệp HAR, có thể mở bằng công cụ dành cho nhà phát triển của trình duyệt</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Xóa (&amp;L)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Chi tiết yêu cầu</translation>
    </message>
    <message>
        <source>Removes every request from this list</source>
        <translation>Xóa mọi yêu cầu khỏi danh sách này</translation>
    </message>
    <message>
        <source>Every request of this run, newest last</source>
        <translation>Mọi yêu cầu trong lần chạy này, yêu cầu mới nhất ở cuối</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, device:POS-…, trace:…</source>
        <translation>Lọc: từ khóa, status:4xx, method:POST, device:POS-…, trace:…</translation>
    </message>
    <message>
        <source>Headers, bodies and timing of the selected request</source>
        <translation>Header, nội dung và thời gian của yêu cầu đã chọn</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>Header (&amp;E)</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Headers of the selected request and of its answer</source>
        <translation>Header của yêu cầu đã chọn và của phản hồi tương ứng</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Yêu cầu (&amp;Q)</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>Nội dung của yêu cầu đã chọn</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Phản hồi (&amp;P)</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Nội dung phản hồi</translation>
    </message>
    <message>
        <source>Body of the answer to the selected request, or why none came</source>
        <translation>Nội dung phản hồi cho yêu cầu đã chọn, hoặc lý do không có phản hồi</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>Thời gian (&amp;T)</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>When the selected request started, how long it took, its retries and trace id</source>
        <translation>Thời điểm bắt đầu, thời gian thực hiện, số lần thử lại và mã truy vết của yêu cầu đã chọn</translation>
    </message>
    <message>
        <source>Keeps the last 2,000 requests, redacted, in your data folder, so they are still here after a restart</source>
        <translation>Giữ 2.000 yêu cầu gần nhất, đã ẩn thông tin bí mật, trong thư mục dữ liệu của bạn để vẫn còn sau khi khởi động lại</translation>
    </message>
    <message>
        <source>&amp;Keep after restart</source>
        <translation>Giữ sau khi khởi động lại (&amp;K)</translation>
    </message>
    <message>
        <source>Deletes the kept requests from your data folder and empties this list</source>
        <translation>Xóa các yêu cầu đã lưu khỏi thư mục dữ liệu và làm trống danh sách này</translation>
    </message>
    <message>
        <source>&amp;Forget the log</source>
        <translation>Xóa nhật ký đã lưu (&amp;F)</translation>
    </message>
</context>
<context>
    <name>IssuerConfig</name>
    <message>
        <source>&quot;%1&quot; is not an absolute address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ tuyệt đối.</translation>
    </message>
    <message>
        <source>The sign-in service calls itself %1, not the address asked.</source>
        <translation>Dịch vụ đăng nhập tự nhận là %1, không phải địa chỉ đã yêu cầu.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The answer has no &quot;%1&quot;.</source>
        <translation>Phản hồi không có &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not %2.</source>
        <translation>&quot;%1&quot; trong phản hồi không phải là %2.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Simulated terminal</source>
        <translation>Thiết bị đầu cuối mô phỏng</translation>
    </message>
    <message>
        <source>Which terminal should this kiosk be?</source>
        <translation>Kiosk này sẽ là thiết bị đầu cuối nào?</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>Mã thiết bị (&amp;D):</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Mã thiết bị</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>Mẫu máy (&amp;M):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mẫu máy</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>Hệ điều hành (&amp;O):</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <source>&amp;App version:</source>
        <translation>Phiên bản ứng dụng (&amp;A):</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>The terminal to simulate, from the server&apos;s provisioned devices</source>
        <translation>Thiết bị đầu cuối cần mô phỏng, chọn từ các thiết bị đã đăng ký trên máy chủ</translation>
    </message>
    <message>
        <source>The terminal model sent in the User-Agent, such as PAX-A920</source>
        <translation>Mẫu thiết bị được gửi trong User-Agent, ví dụ PAX-A920</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system, such as Android 12</source>
        <translation>Hệ điều hành của thiết bị, ví dụ Android 12</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version, such as 1.4.2; below the server&apos;s minimum the terminal must be updated</source>
        <translation>Phiên bản ứng dụng trên thiết bị, ví dụ 1.4.2; thấp hơn mức tối thiểu của máy chủ thì thiết bị phải được cập nhật</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Viopay terminal</source>
        <translation>Thiết bị đầu cuối Viopay</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Đang kết nối tới Viopay…</translation>
    </message>
    <message>
        <source>Pair this terminal</source>
        <translation>Ghép nối thiết bị đầu cuối này</translation>
    </message>
    <message>
        <source>In the Viopay back office, choose Add terminal and type this code.</source>
        <translation>Trong trang quản trị Viopay, chọn Thêm thiết bị đầu cuối và nhập mã này.</translation>
    </message>
    <message>
        <source>––– –––</source>
        <translation>––– –––</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>QR code of the claim page</source>
        <translation>Mã QR của trang nhận thiết bị</translation>
    </message>
    <message>
        <source>Or scan to open the claim page</source>
        <translation>Hoặc quét mã để mở trang nhận thiết bị</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Đã nhận thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Cannot get a pairing code</source>
        <translation>Không thể lấy mã ghép nối</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Thử lại ngay (&amp;R)</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Chi tiết kết nối</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Chi tiết (&amp;D)</translation>
    </message>
    <message>
        <source>Server, clock and connection details (D)</source>
        <translation>Chi tiết máy chủ, đồng hồ và kết nối (D)</translation>
    </message>
    <message>
        <source>Shows the server, the clock difference and how status updates arrive</source>
        <translation>Hiển thị máy chủ, độ lệch đồng hồ và cách nhận thông tin cập nhật trạng thái</translation>
    </message>
    <message>
        <source>Tries to get a pairing code again now instead of waiting</source>
        <translation>Thử lấy lại mã ghép nối ngay thay vì chờ</translation>
    </message>
    <message>
        <source>If the terminal is released from the account, it pairs again by itself within seconds.</source>
        <translation>Nếu thiết bị đầu cuối được giải phóng khỏi tài khoản, nó sẽ tự ghép nối lại trong vài giây.</translation>
    </message>
    <message>
        <source>Keys: R new code · D details · F11 full screen · Esc leave full screen</source>
        <translation>Phím tắt: R mã mới · D chi tiết · F11 toàn màn hình · Esc thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Activating this terminal</source>
        <translation>Đang kích hoạt thiết bị đầu cuối này</translation>
    </message>
    <message>
        <source>The merchant has claimed this terminal. It now fetches its keys and settings from Viopay.</source>
        <translation>Người bán đã nhận thiết bị đầu cuối này. Thiết bị đang tải khóa và cài đặt từ Viopay.</translation>
    </message>
    <message>
        <source>Ready for payments</source>
        <translation>Sẵn sàng thanh toán</translation>
    </message>
</context>
<context>
    <name>MerchantWindow</name>
    <message>
        <source>Viopay Pairing · Merchant</source>
        <translation>Viopay Pairing · Người bán</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng xuất (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Nhận thiết bị (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>Thiết bị (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Tài khoản (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Xem (&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Thoát (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Claim a terminal</source>
        <translation>Nhận thiết bị đầu cuối (&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Network &amp;inspector</source>
        <translation>Trình kiểm tra mạng (&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Fault drills…</source>
        <translation>Diễn tập lỗi (&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>Làm mới danh sách thiết bị (&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Forgets this sign-in on this computer and returns to the sign-in page</source>
        <translation>Quên lần đăng nhập này trên máy tính này và quay lại trang đăng nhập</translation>
    </message>
    <message>
        <source>Merchant tasks</source>
        <translation>Tác vụ của người bán</translation>
    </message>
    <message>
        <source>Claim a terminal, or manage this merchant&apos;s devices</source>
        <translation>Nhận thiết bị đầu cuối, hoặc quản lý thiết bị của người bán này</translation>
    </message>
    <message>
        <source>Dia&amp;gnose a terminal…</source>
        <translation>Chẩn đoán thiết bị đầu cuối (&amp;G)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Claim man&amp;y</source>
        <translation>Nhận nhiều thiết bị (&amp;Y)</translation>
    </message>
    <message>
        <source>Claim &amp;many terminals</source>
        <translation>Nhận nhiều thiết bị đầu cuối (&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
</context>
<context>
    <name>ModeChooserDialog</name>
    <message>
        <source>Viopay Pairing</source>
        <translation>Viopay Pairing</translation>
    </message>
    <message>
        <source>Choose how this computer takes part in pairing terminals.</source>
        <translation>Chọn cách máy tính này tham gia ghép nối thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>Kiosk (&amp;K)</translation>
    </message>
    <message>
        <source>Simulate a terminal that shows a pairing code</source>
        <translation>Mô phỏng một thiết bị đầu cuối hiển thị mã ghép nối</translation>
    </message>
    <message>
        <source>Simulate a terminal: show its pairing code and wait for a merchant to claim it.</source>
        <translation>Mô phỏng một thiết bị đầu cuối: hiển thị mã ghép nối và chờ người bán nhận thiết bị.</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>Người bán (&amp;M)</translation>
    </message>
    <message>
        <source>Sign in and claim terminals by their code</source>
        <translation>Đăng nhập và nhận thiết bị đầu cuối bằng mã</translation>
    </message>
    <message>
        <source>Sign in at the counter, type a terminal&apos;s code and claim it.</source>
        <translation>Đăng nhập tại quầy, nhập mã của thiết bị đầu cuối và nhận thiết bị.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>Demo (&amp;D)</translation>
    </message>
    <message>
        <source>Kiosk and merchant side by side on the built-in sandbox</source>
        <translation>Kiosk và người bán song song trên sandbox tích hợp sẵn</translation>
    </message>
    <message>
        <source>Both side by side against the built-in sandbox, for training and demos.</source>
        <translation>Cả hai song song trên sandbox tích hợp sẵn, dùng cho đào tạo và demo.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy chủ (&amp;S):</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox tích hợp sẵn</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox</source>
        <translation>Để trống để dùng sandbox tích hợp sẵn</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Để trống để dùng sandbox tích hợp sẵn.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>The sign-in service&apos;s key set has no &quot;keys&quot; list.</source>
        <translation>Bộ khóa của dịch vụ đăng nhập không có danh sách &quot;keys&quot;.</translation>
    </message>
</context>
<context>
    <name>PairingCode</name>
    <message>
        <source>Enter the 6-symbol code shown on the terminal.</source>
        <translation>Nhập mã 6 ký tự hiển thị trên thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>The code is too short: %1 of 6 symbols.</source>
        <translation>Mã quá ngắn: %1 trên 6 ký tự.</translation>
    </message>
    <message>
        <source>The code is too long: %1 symbols instead of 6.</source>
        <translation>Mã quá dài: %1 ký tự thay vì 6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (symbol %2) is not allowed: codes use only the letters A to Z and the digits 2 to 9.</source>
        <translation>&quot;%1&quot; (ký tự thứ %2) không được phép: mã chỉ dùng các chữ cái từ A đến Z và các chữ số từ 2 đến 9.</translation>
    </message>
    <message>
        <source>Codes never contain the digit 0 (it looks like O)</source>
        <translation>Mã không bao giờ chứa chữ số 0 (trông giống chữ O)</translation>
    </message>
    <message>
        <source>Codes never contain the letter O (it looks like 0)</source>
        <translation>Mã không bao giờ chứa chữ O (trông giống số 0)</translation>
    </message>
    <message>
        <source>Codes never contain the digit 1 (it looks like I)</source>
        <translation>Mã không bao giờ chứa chữ số 1 (trông giống chữ I)</translation>
    </message>
    <message>
        <source>Codes never contain the letter I (it looks like 1)</source>
        <translation>Mã không bao giờ chứa chữ I (trông giống số 1)</translation>
    </message>
</context>
<context>
    <name>PairingCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Hiển thị trợ giúp này rồi thoát.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Hiển thị phiên bản rồi thoát.</translation>
    </message>
    <message>
        <source>Open the simulated terminal (kiosk mode).</source>
        <translation>Mở thiết bị đầu cuối mô phỏng (chế độ kiosk).</translation>
    </message>
    <message>
        <source>Open merchant mode: sign in and claim terminals.</source>
        <translation>Mở chế độ người bán: đăng nhập và nhận thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>Open the kiosk and the merchant side by side on the embedded sandbox, signed in as the demo merchant.</source>
        <translation>Mở kiosk và chế độ người bán song song trên sandbox tích hợp, đăng nhập bằng người bán demo.</translation>
    </message>
    <message>
        <source>Show N simulated terminals (1 to 16), each a different provisioned device.</source>
        <translation>Hiển thị N thiết bị đầu cuối mô phỏng (từ 1 đến 16), mỗi thiết bị là một thiết bị đã cấp phép khác nhau.</translation>
    </message>
    <message>
        <source>Viopay API base URL (default: the embedded sandbox).</source>
        <translation>URL gốc của API Viopay (mặc định: sandbox tích hợp).</translation>
    </message>
    <message>
        <source>The simulated terminal&apos;s id (default %1).</source>
        <translation>Mã của thiết bị đầu cuối mô phỏng (mặc định %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s model (default %1).</source>
        <translation>Mẫu máy của thiết bị đầu cuối (mặc định %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system (default %1).</source>
        <translation>Hệ điều hành của thiết bị đầu cuối (mặc định %1).</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version (default %1).</source>
        <translation>Phiên bản ứng dụng của thiết bị đầu cuối (mặc định %1).</translation>
    </message>
    <message>
        <source>Open the windows full screen (Esc leaves it).</source>
        <translation>Mở các cửa sổ ở chế độ toàn màn hình (nhấn Esc để thoát).</translation>
    </message>
    <message>
        <source>Language of the interface, such as de, es or vi (default: the system&apos;s).</source>
        <translation>Ngôn ngữ giao diện, ví dụ de, es hoặc vi (mặc định: ngôn ngữ của hệ thống).</translation>
    </message>
    <message>
        <source>Allow plain http:// to servers other than this computer.</source>
        <translation>Cho phép dùng http:// không mã hóa tới các máy chủ khác ngoài máy tính này.</translation>
    </message>
    <message>
        <source>Least severe message to log: debug, info, warning, error.</source>
        <translation>Mức độ nghiêm trọng thấp nhất của thông báo được ghi nhật ký: debug, info, warning, error.</translation>
    </message>
    <message>
        <source>Viopay Pairing: pair Viopay POS terminals with a merchant account.</source>
        <translation>Viopay Pairing: ghép nối thiết bị đầu cuối POS Viopay với tài khoản người bán.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Đối số không mong đợi: %1</translation>
    </message>
    <message>
        <source>%1 open different modes: choose one</source>
        <translation>%1 mở các chế độ khác nhau: hãy chọn một</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>--demo always runs on the embedded sandbox: leave out --server</source>
        <translation>--demo luôn chạy trên sandbox tích hợp: hãy bỏ --server</translation>
    </message>
    <message>
        <source>--kiosks must be a number from 1 to %1 (got &quot;%2&quot;)</source>
        <translation>--kiosks phải là một số từ 1 đến %1 (nhận được &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--kiosks shows terminals; it does not go with --merchant</source>
        <translation>--kiosks hiển thị thiết bị đầu cuối; không dùng cùng với --merchant</translation>
    </message>
    <message>
        <source>--kiosks %1 picks %1 provisioned terminals itself; leave out --device-id, --model, --os and --app-version</source>
        <translation>--kiosks %1 tự chọn %1 thiết bị đầu cuối đã cấp phép; hãy bỏ --device-id, --model, --os và --app-version</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got &quot;%1&quot;)</source>
        <translation>--server cần một URL http:// hoặc https:// có tên máy chủ, ví dụ https://api.viopay.io (nhận được &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--log-level must be one of %1 (got &quot;%2&quot;)</source>
        <translation>--log-level phải là một trong các giá trị %1 (nhận được &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--lang needs a language code such as de, es or vi (got &quot;%1&quot;)</source>
        <translation>--lang cần một mã ngôn ngữ, ví dụ de, es hoặc vi (nhận được &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Token of a sandbox&apos;s admin endpoints (fault drills), for a sandbox reachable from other machines; or set VIOPAY_SANDBOX_ADMIN_TOKEN.</source>
        <translation>Token của các điểm cuối quản trị sandbox (diễn tập lỗi), cho sandbox truy cập được từ máy khác; hoặc đặt VIOPAY_SANDBOX_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Check why the terminal with this id does not pair, print what each check found and exit (1 when a check fails). Changes nothing on the server.</source>
        <translation>Kiểm tra vì sao thiết bị đầu cuối có mã này không ghép nối được, in kết quả của từng mục kiểm tra rồi thoát (trả về 1 nếu có mục không đạt). Không thay đổi gì trên máy chủ.</translation>
    </message>
    <message>
        <source>With --diagnose: print the result as JSON.</source>
        <translation>Dùng với --diagnose: in kết quả dưới dạng JSON.</translation>
    </message>
    <message>
        <source>--json goes with --diagnose</source>
        <translation>--json chỉ dùng cùng với --diagnose</translation>
    </message>
    <message>
        <source>--diagnose checks a terminal and exits: leave out --kiosk, --merchant, --demo and --kiosks</source>
        <translation>--diagnose kiểm tra một thiết bị đầu cuối rồi thoát: hãy bỏ --kiosk, --merchant, --demo và --kiosks</translation>
    </message>
    <message>
        <source>The terminal&apos;s factory secrets, a JSON file with identity_key_id, identity_secret and zmk (default: asked of the sandbox).</source>
        <translation>Bí mật xuất xưởng của thiết bị đầu cuối, một tệp JSON gồm identity_key_id, identity_secret và zmk (mặc định: lấy từ sandbox).</translation>
    </message>
    <message>
        <source>Run the terminal&apos;s clock this many seconds ahead (negative: behind), to reproduce a skewed terminal.</source>
        <translation>Cho đồng hồ của thiết bị đầu cuối chạy nhanh chừng ấy giây (số âm: chạy chậm), để tái hiện thiết bị đầu cuối bị lệch giờ.</translation>
    </message>
    <message>
        <source>--factory %1: %2</source>
        <translation>--factory %1: %2</translation>
    </message>
    <message>
        <source>--clock-offset needs whole seconds between -%1 and %1 (got &quot;%2&quot;)</source>
        <translation>--clock-offset cần số giây nguyên trong khoảng -%1 đến %1 (nhận được &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>With --diagnose: also save a support bundle (a zip of the diagnosis, the exchanges, the log, versions and settings, without secrets) to this file.</source>
        <translation>Với --diagnose: đồng thời lưu gói hỗ trợ (tệp zip gồm kết quả chẩn đoán, các trao đổi, nhật ký, phiên bản và cài đặt, không kèm thông tin bí mật) vào tệp này.</translation>
    </message>
    <message>
        <source>--bundle goes with --diagnose</source>
        <translation>--bundle chỉ dùng cùng với --diagnose</translation>
    </message>
    <message>
        <source>--bundle %1: no such folder</source>
        <translation>--bundle %1: không có thư mục này</translation>
    </message>
</context>
<context>
    <name>PairingDiagnosis</name>
    <message>
        <source>API reachable</source>
        <translation>Khả năng truy cập API</translation>
    </message>
    <message>
        <source>Service health</source>
        <translation>Tình trạng dịch vụ</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Đồng hồ</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>Device provisioned</source>
        <translation>Thiết bị đã cấp phép</translation>
    </message>
    <message>
        <source>Pairing state</source>
        <translation>Trạng thái ghép nối</translation>
    </message>
    <message>
        <source>Whose terminal</source>
        <translation>Chủ sở hữu thiết bị</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Lịch sử gần đây</translation>
    </message>
    <message>
        <source>Claim lockout</source>
        <translation>Khóa nhận thiết bị</translation>
    </message>
    <message>
        <source>Sandbox fault drills</source>
        <translation>Diễn tập lỗi của sandbox</translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation>Khóa định danh</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Địa chỉ máy chủ &quot;%1&quot; không phải là URL hợp lệ.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer; %1 needs https:// (or start the app with --allow-insecure-http).</source>
        <translation>http:// không mã hóa chỉ được dùng cho máy tính này; %1 cần https:// (hoặc khởi động ứng dụng với --allow-insecure-http).</translation>
    </message>
</context>
<context>
    <name>SessionMerchantChecks</name>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>Không khả dụng: hãy đăng nhập bằng tài khoản người bán để kiểm tra.</translation>
    </message>
    <message>
        <source>Not available (listing the merchant&apos;s terminals): %1</source>
        <translation>Không khả dụng (khi liệt kê thiết bị đầu cuối của người bán): %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Vui lòng thử lại sau giây lát; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ Viopay, kèm mã truy vết.</translation>
    </message>
    <message>
        <source>Not checked: whose terminal it is is not known.</source>
        <translation>Chưa kiểm tra: không rõ thiết bị đầu cuối thuộc về ai.</translation>
    </message>
    <message>
        <source>Not available: only the terminal&apos;s own merchant sees its history.</source>
        <translation>Không khả dụng: chỉ người bán sở hữu thiết bị đầu cuối mới xem được lịch sử của nó.</translation>
    </message>
    <message>
        <source>%1&apos;s terminal: %2, status %3.</source>
        <translation>Thiết bị đầu cuối của %1: %2, trạng thái %3.</translation>
    </message>
    <message>
        <source>Unknown: the server knows no terminal %1, so it is no merchant&apos;s.</source>
        <translation>Không xác định: máy chủ không biết thiết bị đầu cuối %1 nào, nên nó không thuộc người bán nào.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label; a new terminal is provisioned by Viopay for %1 before it can pair.</source>
        <translation>Hãy kiểm tra mã trên nhãn của thiết bị đầu cuối; thiết bị mới phải được Viopay cấp phép cho %1 trước khi ghép nối.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s: %1 is not among %2&apos;s terminals, so %2&apos;s claims of its codes are refused.</source>
        <translation>Của người bán khác: %1 không nằm trong các thiết bị đầu cuối của %2, nên việc %2 nhận thiết bị bằng mã của nó bị từ chối.</translation>
    </message>
    <message>
        <source>A terminal pairs only with the merchant it was provisioned for: check the id on its label, or ask Viopay to move it to %1.</source>
        <translation>Thiết bị đầu cuối chỉ ghép nối với người bán mà nó được cấp phép: hãy kiểm tra mã trên nhãn, hoặc đề nghị Viopay chuyển nó sang %1.</translation>
    </message>
    <message>
        <source>Not among %1&apos;s terminals; whether it is another merchant&apos;s or unknown could not be told, as bootstrap did not answer.</source>
        <translation>Không nằm trong các thiết bị đầu cuối của %1; không xác định được là của người bán khác hay không xác định, vì bootstrap không phản hồi.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label.</source>
        <translation>Hãy kiểm tra mã trên nhãn của thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>Not available on this server.</source>
        <translation>Không khả dụng trên máy chủ này.</translation>
    </message>
    <message>
        <source>Not available (reading the history): %1</source>
        <translation>Không khả dụng (khi đọc lịch sử): %1</translation>
    </message>
    <message numerus="yes">
        <source>No refused claim or failed attestation among its last %n event(s).</source>
        <translation>
            <numerusform>Không có lần nhận thiết bị bị từ chối hay chứng thực thất bại nào trong %n sự kiện gần nhất.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refused claim, %1 by %2: %3.</source>
        <translation>Lần nhận thiết bị bị từ chối gần nhất, %1 bởi %2: %3.</translation>
    </message>
    <message>
        <source>Last failed attestation, %1: %2.</source>
        <translation>Lần chứng thực thất bại gần nhất, %1: %2.</translation>
    </message>
    <message>
        <source>Claim the code the terminal shows now, read off its screen; a code expires after 5 minutes.</source>
        <translation>Hãy nhận thiết bị bằng mã đang hiển thị, đọc trên màn hình thiết bị; mỗi mã hết hạn sau 5 phút.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s clock and its factory keys, then let it attest again.</source>
        <translation>Hãy kiểm tra đồng hồ và khóa xuất xưởng của thiết bị đầu cuối, rồi cho thiết bị chứng thực lại.</translation>
    </message>
    <message>
        <source>Claims are locked for %1 more: %2 codes that were not active within 15 minutes.</source>
        <translation>Việc nhận thiết bị bị khóa thêm %1: %2 mã không còn hiệu lực trong vòng 15 phút.</translation>
    </message>
    <message>
        <source>Wait until the lockout ends, then claim the code the terminal shows at that time.</source>
        <translation>Hãy chờ hết thời gian khóa, rồi nhận thiết bị bằng mã đang hiển thị lúc đó.</translation>
    </message>
    <message>
        <source>Type codes carefully: read them off the terminal&apos;s screen.</source>
        <translation>Hãy nhập mã cẩn thận: đọc mã trên màn hình thiết bị đầu cuối.</translation>
    </message>
    <message numerus="yes">
        <source>Not locked: %n more inactive code(s) within 15 minutes lock claims for all operators.</source>
        <translation>
            <numerusform>Chưa bị khóa: thêm %n mã không còn hiệu lực trong vòng 15 phút sẽ khóa việc nhận thiết bị cho mọi người vận hành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1; location: %2.</source>
        <translation>Tên: %1; địa điểm: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Viopay</source>
        <translation>Đăng nhập vào Viopay</translation>
    </message>
    <message>
        <source>Sign in with your back-office account to claim terminals for your business.</source>
        <translation>Đăng nhập bằng tài khoản trang quản trị để nhận thiết bị đầu cuối cho doanh nghiệp của bạn.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>Máy chủ (&amp;S)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>https://api.viopay.io</source>
        <translation>https://api.viopay.io</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Đăng nhập với tư cách</translation>
    </message>
    <message>
        <source>&amp;Portal user</source>
        <translation>Người dùng cổng thông tin (&amp;P)</translation>
    </message>
    <message>
        <source>API c&amp;lient</source>
        <translation>Ứng dụng khách API (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-mail (&amp;E)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mật khẩu (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Duy trì đăng nhập trên máy tính này (&amp;K)</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Chỉ lưu mã thông báo đăng nhập, trong chuỗi khóa (keychain) của máy tính này; không bao giờ lưu mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Đăng nhập (&amp;I)</translation>
    </message>
    <message>
        <source>Sign in with a back-office user&apos;s e-mail and password</source>
        <translation>Đăng nhập bằng email và mật khẩu của người dùng back-office</translation>
    </message>
    <message>
        <source>Sign in with an API client&apos;s id and secret</source>
        <translation>Đăng nhập bằng id và mã bí mật của ứng dụng API</translation>
    </message>
    <message>
        <source>Your password or client secret; it is never stored</source>
        <translation>Mật khẩu hoặc mã bí mật của ứng dụng; không bao giờ được lưu</translation>
    </message>
    <message>
        <source>Signs in to the server above</source>
        <translation>Đăng nhập vào máy chủ ở trên</translation>
    </message>
    <message>
        <source>Not with the built-in sandbox: its data ends when this program closes, so a kept sign-in would find no account next time.</source>
        <translation>Không áp dụng với sandbox tích hợp sẵn: dữ liệu của sandbox sẽ mất khi đóng chương trình này, nên phiên đăng nhập được duy trì sẽ không tìm thấy tài khoản vào lần sau.</translation>
    </message>
    <message>
        <source>Connection to Viopay</source>
        <translation>Kết nối tới Viopay</translation>
    </message>
    <message>
        <source>Opens your web browser at your organisation&apos;s sign-in page; single sign-on and second factors work there</source>
        <translation>Mở trình duyệt web tại trang đăng nhập của tổ chức bạn; đăng nhập một lần và xác thực hai yếu tố hoạt động tại đó</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Đăng nhập bằng trình duyệt (&amp;B)</translation>
    </message>
    <message>
        <source>Shows the sign-in service and the client id this app signs in as</source>
        <translation>Hiển thị dịch vụ đăng nhập và ID ứng dụng khách mà ứng dụng này dùng để đăng nhập</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>Nâng cao (&amp;N)</translation>
    </message>
    <message>
        <source>Sign-in servi&amp;ce</source>
        <translation>Dịch vụ đăng nhập (&amp;C)</translation>
    </message>
    <message>
        <source>Sign-in service (OpenID issuer)</source>
        <translation>Dịch vụ đăng nhập (bên phát hành OpenID)</translation>
    </message>
    <message>
        <source>The OpenID Connect issuer, such as https://auth.viopay.io/realms/REALM. Empty: the server&apos;s own.</source>
        <translation>Bên phát hành OpenID Connect, ví dụ https://auth.viopay.io/realms/REALM. Để trống: dùng của máy chủ.</translation>
    </message>
    <message>
        <source>&amp;OpenID client id</source>
        <translation>ID ứng dụng khách OpenID (&amp;O)</translation>
    </message>
    <message>
        <source>OpenID client id</source>
        <translation>ID ứng dụng khách OpenID</translation>
    </message>
    <message>
        <source>The client id this app is registered under at the sign-in service. Empty: viopay-desk.</source>
        <translation>ID ứng dụng khách mà ứng dụng này đăng ký tại dịch vụ đăng nhập. Để trống: viopay-desk.</translation>
    </message>
    <message>
        <source>viopay-desk</source>
        <translation>viopay-desk</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>not reported</source>
        <translation>không được báo cáo</translation>
    </message>
</context>
<context>
    <name>viopay::Application</name>
    <message>
        <source>Viopay Pairing</source>
        <translation>Viopay Pairing</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Không thể khởi động sandbox tích hợp sẵn: %1</translation>
    </message>
    <message>
        <source>Network inspector</source>
        <translation>Trình kiểm tra mạng</translation>
    </message>
    <message>
        <source>Fault drills…</source>
        <translation>Diễn tập lỗi…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Diagnose a terminal…</source>
        <translation>Chẩn đoán thiết bị đầu cuối…</translation>
    </message>
</context>
<context>
    <name>viopay::BrowserSignIn</name>
    <message>
        <source>This sign-in is not the one Viopay Pairing started</source>
        <translation>Lần đăng nhập này không phải do Viopay Pairing khởi tạo</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing and sign in again.</source>
        <translation>Hãy quay lại Viopay Pairing và đăng nhập lại.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing: it says what happened.</source>
        <translation>Hãy quay lại Viopay Pairing: ứng dụng sẽ cho biết điều gì đã xảy ra.</translation>
    </message>
    <message>
        <source>Signed in to Viopay Pairing</source>
        <translation>Đã đăng nhập vào Viopay Pairing</translation>
    </message>
    <message>
        <source>You can close this tab and return to Viopay Pairing.</source>
        <translation>Bạn có thể đóng thẻ này và quay lại Viopay Pairing.</translation>
    </message>
    <message>
        <source>The sign-in service sent no identity token: is &quot;openid&quot; allowed for this client?</source>
        <translation>Dịch vụ đăng nhập không gửi mã thông báo định danh: &quot;openid&quot; có được phép cho ứng dụng khách này không?</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimPage</name>
    <message>
        <source>Type the 6 symbols shown on the terminal.</source>
        <translation>Nhập 6 ký tự hiển thị trên thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>The code has 6 symbols; %1 typed so far.</source>
        <translation>Mã có 6 ký tự; bạn đã nhập %1.</translation>
    </message>
    <message>
        <source>Claiming %1…</source>
        <translation>Đang nhận %1…</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Đã nhận thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>%1%2 now belongs to %3. Claimed at %4.</source>
        <translation>%1%2 hiện thuộc về %3. Đã nhận lúc %4.</translation>
    </message>
    <message>
        <source>This code is not active</source>
        <translation>Mã này không còn hiệu lực</translation>
    </message>
    <message>
        <source>Already claimed</source>
        <translation>Đã được nhận</translation>
    </message>
    <message>
        <source>This terminal has been claimed already. See Devices for its owner, or release it there to pair it again.</source>
        <translation>Thiết bị đầu cuối này đã được nhận. Xem mục Thiết bị để biết chủ sở hữu, hoặc giải phóng thiết bị tại đó để ghép nối lại.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Thiết bị đầu cuối của người bán khác</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant&apos;s account, so it cannot be claimed here. Check the code, or ask Viopay support to move the terminal.</source>
        <translation>Thiết bị đầu cuối này thuộc tài khoản của người bán khác nên không thể nhận tại đây. Hãy kiểm tra lại mã, hoặc đề nghị bộ phận hỗ trợ Viopay chuyển thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>Claims are locked for now</source>
        <translation>Tạm thời bị khóa nhận thiết bị</translation>
    </message>
    <message>
        <source>Too many codes that were not active. You can claim again in %1.</source>
        <translation>Quá nhiều mã không còn hiệu lực. Bạn có thể nhận thiết bị lại sau %1.</translation>
    </message>
    <message>
        <source>The lock is over: you can claim again now.</source>
        <translation>Đã hết thời gian khóa: bạn có thể nhận thiết bị lại ngay bây giờ.</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Mã bị từ chối</translation>
    </message>
    <message>
        <source>The claim did not go through</source>
        <translation>Không nhận được thiết bị</translation>
    </message>
    <message>
        <source>The code is kept; try again.</source>
        <translation>Mã vẫn được giữ lại; hãy thử lại.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Thử lại (&amp;T)</translation>
    </message>
    <message>
        <source>Ask for the code now on the terminal&apos;s screen: it shows the current one. Check each symbol; the code you typed is still here to correct.</source>
        <translation>Hãy xem mã hiện tại trên màn hình thiết bị đầu cuối: màn hình luôn hiển thị mã đang dùng. Kiểm tra từng ký tự; mã bạn đã nhập vẫn còn ở đây để sửa.</translation>
    </message>
    <message>
        <source>1 more code that is not active will lock claims for %1 minutes.</source>
        <translation>Thêm 1 mã không còn hiệu lực nữa sẽ khóa việc nhận thiết bị trong %1 phút.</translation>
    </message>
    <message>
        <source>%1 more codes that are not active will lock claims for %2 minutes.</source>
        <translation>Thêm %1 mã không còn hiệu lực nữa sẽ khóa việc nhận thiết bị trong %2 phút.</translation>
    </message>
    <message>
        <source>Claim a&amp;nother</source>
        <translation>Nhận thiết bị khác (&amp;N)</translation>
    </message>
    <message>
        <source>This code was just refused</source>
        <translation>Mã này vừa bị từ chối</translation>
    </message>
    <message>
        <source>Nothing was sent: the answer would be the same. Ask for the code now on the terminal&apos;s screen and type it.</source>
        <translation>Không có gì được gửi: phản hồi sẽ vẫn như cũ. Hãy xem mã hiện tại trên màn hình thiết bị đầu cuối rồi nhập mã đó.</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Vai trò của bạn không được nhận thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Claims are locked for %1: too many codes that were not active.</source>
        <translation>Việc nhận thiết bị bị khóa trong %1: quá nhiều mã không còn hiệu lực.</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueue</name>
    <message>
        <source>The name is %1 characters long; a name may have at most %2.</source>
        <translation>Tên dài %1 ký tự; tên chỉ được tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>The name holds a tab or another control character.</source>
        <translation>Tên chứa ký tự Tab hoặc một ký tự điều khiển khác.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Cần sửa: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Đang nhận…</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>Đã nhận: %1</translation>
    </message>
    <message>
        <source>Not active: ask the terminal for the code it shows now</source>
        <translation>Không còn hiệu lực: hãy xem mã hiện tại trên màn hình thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Already claimed: see Devices</source>
        <translation>Đã được nhận: xem mục Thiết bị</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Thiết bị đầu cuối của người bán khác</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Vai trò của bạn không được nhận thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Not claimed: claims are locked</source>
        <translation>Chưa nhận: việc nhận thiết bị đang bị khóa</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>No answer: the sign-in ended first. Claim again to finish it.</source>
        <translation>Không có phản hồi: phiên đăng nhập đã kết thúc trước. Hãy nhận lại để hoàn tất.</translation>
    </message>
    <message>
        <source>Did not go through: %1</source>
        <translation>Không thành công: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueuePage</name>
    <message>
        <source>Type or paste the codes first, one a line.</source>
        <translation>Hãy nhập hoặc dán mã trước, mỗi dòng một mã.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n mã.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue, left out.</source>
        <translation>
            <numerusform>%n mã đã có trong hàng đợi, được bỏ qua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit and stay above: the queue holds %1 rows.</source>
        <translation>
            <numerusform>%n mã không còn chỗ nên vẫn ở trên: hàng đợi chứa tối đa %1 dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Thêm các mã đã nhập ở trên vào hàng đợi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>Nhận tất cả (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Dừng (&amp;T)</translation>
    </message>
    <message>
        <source>The queue is empty: add codes above.</source>
        <translation>Hàng đợi trống: hãy thêm mã ở trên.</translation>
    </message>
    <message>
        <source>Claimed: %1 · To fix: %2 · Waiting: %3</source>
        <translation>Đã nhận: %1 · Cần sửa: %2 · Đang chờ: %3</translation>
    </message>
    <message>
        <source>Claiming… %1</source>
        <translation>Đang nhận… %1</translation>
    </message>
    <message>
        <source>Stopping after the claim in progress… %1</source>
        <translation>Đang dừng sau lần nhận hiện tại… %1</translation>
    </message>
    <message>
        <source>%1. The lock is over: Claim all goes on with the waiting rows.</source>
        <translation>%1. Đã hết thời gian khóa: Nhận tất cả tiếp tục với các dòng đang chờ.</translation>
    </message>
    <message>
        <source>%1. Claims are locked for %2: too many codes were not active. A terminal&apos;s code changes every 5 minutes, so ask for the new ones before you go on.</source>
        <translation>%1. Việc nhận thiết bị bị khóa trong %2: quá nhiều mã không còn hiệu lực. Mã của thiết bị đầu cuối thay đổi sau mỗi 5 phút, vì vậy hãy xem các mã mới trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>%1. Paused: one more code that is not active would lock claims for %2 minutes. Check the waiting codes, then press Claim all to go on.</source>
        <translation>%1. Tạm dừng: thêm 1 mã không còn hiệu lực nữa sẽ khóa việc nhận thiết bị trong %2 phút. Hãy kiểm tra các mã đang chờ, rồi nhấn Nhận tất cả để tiếp tục.</translation>
    </message>
    <message>
        <source>%1. Stopped: a claim did not go through (see its row). Claim all tries the waiting rows again.</source>
        <translation>%1. Đã dừng: một lần nhận không thành công (xem dòng tương ứng). Nhận tất cả sẽ thử lại các dòng đang chờ.</translation>
    </message>
    <message>
        <source>%1. The sign-in ended during the run: Claim all goes on with the waiting rows.</source>
        <translation>%1. Phiên đăng nhập đã kết thúc khi đang chạy: Nhận tất cả tiếp tục với các dòng đang chờ.</translation>
    </message>
    <message>
        <source>%1. Fix a marked row in place (F2), then press Claim all again.</source>
        <translation>%1. Hãy sửa trực tiếp dòng được đánh dấu (F2), rồi nhấn lại Nhận tất cả.</translation>
    </message>
</context>
<context>
    <name>viopay::CodeEntry</name>
    <message>
        <source>Pairing code, 6 symbols</source>
        <translation>Mã ghép nối, 6 ký tự</translation>
    </message>
    <message>
        <source>The code is complete: press Enter to claim it, or Backspace to change it.</source>
        <translation>Mã đã đầy đủ: nhấn Enter để nhận thiết bị, hoặc Backspace để sửa.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Trống</translation>
    </message>
    <message>
        <source>%1, %2 of 6 symbols</source>
        <translation>%1, %2 trên 6 ký tự</translation>
    </message>
</context>
<context>
    <name>viopay::ConnectionProbe</name>
    <message>
        <source>The name %1 does not resolve (%2).</source>
        <translation>Không phân giải được tên %1 (%2).</translation>
    </message>
    <message>
        <source>Check the server address for typing mistakes, then this computer&apos;s network and DNS settings.</source>
        <translation>Hãy kiểm tra địa chỉ máy chủ xem có gõ sai không, sau đó kiểm tra cài đặt mạng và DNS của máy tính này.</translation>
    </message>
    <message>
        <source>%1 resolves and accepts connections (TCP in %2 ms; plain HTTP, so no TLS).</source>
        <translation>%1 phân giải được và chấp nhận kết nối (TCP trong %2 ms; HTTP thường, nên không có TLS).</translation>
    </message>
    <message>
        <source>This computer has no TLS library to speak https://.</source>
        <translation>Máy tính này không có thư viện TLS để dùng https://.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (the package libssl3).</source>
        <translation>Hãy cài đặt OpenSSL 3 (gói libssl3).</translation>
    </message>
    <message>
        <source>%1 resolves, accepts connections and presents a trusted certificate (TCP in %2 ms, TLS in %3 ms).</source>
        <translation>%1 phân giải được, chấp nhận kết nối và có chứng chỉ đáng tin cậy (TCP trong %2 ms, TLS trong %3 ms).</translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake failed: %2</source>
        <translation>%1 chấp nhận kết nối, nhưng bắt tay TLS thất bại: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time and that the address is Viopay&apos;s; behind a proxy that inspects TLS, install the proxy&apos;s certificate. Never ignore this error.</source>
        <translation>Hãy kiểm tra ngày giờ của máy tính này và xác nhận địa chỉ là của Viopay; nếu đứng sau proxy kiểm tra TLS, hãy cài chứng chỉ của proxy. Không bao giờ bỏ qua lỗi này.</translation>
    </message>
    <message>
        <source>Nothing is listening on %1: the connection was refused.</source>
        <translation>Không có dịch vụ nào lắng nghe tại %1: kết nối bị từ chối.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Không thể kết nối tới %1: %2</translation>
    </message>
    <message>
        <source>Check the server address and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>Hãy kiểm tra địa chỉ và cổng của máy chủ, máy chủ có đang chạy không, và có tường lửa nào chặn kết nối không.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s.</source>
        <translation>Không phân giải được tên %1 trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 không chấp nhận kết nối trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s.</source>
        <translation>%1 không hoàn tất bắt tay TLS trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the server address, and any firewall or proxy between them.</source>
        <translation>Hãy kiểm tra kết nối mạng của máy tính này, địa chỉ máy chủ, và mọi tường lửa hoặc proxy ở giữa.</translation>
    </message>
    <message>
        <source>API reachable</source>
        <translation>Khả năng truy cập API</translation>
    </message>
</context>
<context>
    <name>viopay::ContinueInBrowserPage</name>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Đã sao chép liên kết. Hãy dán vào thanh địa chỉ của trình duyệt.</translation>
    </message>
</context>
<context>
    <name>viopay::CountdownRing</name>
    <message>
        <source>Time left: %1</source>
        <translation>Thời gian còn lại: %1</translation>
    </message>
    <message>
        <source>Code valid for less than a minute</source>
        <translation>Mã còn hiệu lực chưa tới một phút</translation>
    </message>
    <message numerus="yes">
        <source>Code valid for %n more minute(s)</source>
        <translation>
            <numerusform>Mã còn hiệu lực thêm %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Code about to expire; a new one follows</source>
        <translation>Mã sắp hết hạn; sẽ có mã mới</translation>
    </message>
</context>
<context>
    <name>viopay::DeviceHistoryModel</name>
    <message>
        <source>Provisioned</source>
        <translation>Đã cấp phép</translation>
    </message>
    <message>
        <source>Code shown</source>
        <translation>Đã hiển thị mã</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Mã hết hạn</translation>
    </message>
    <message>
        <source>Code replaced</source>
        <translation>Mã được thay thế</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Claim refused</source>
        <translation>Từ chối nhận thiết bị</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Đã giải phóng</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Đã đổi tên</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Đã chuyển địa điểm</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Đã chứng thực</translation>
    </message>
    <message>
        <source>Attestation failed</source>
        <translation>Chứng thực thất bại</translation>
    </message>
    <message>
        <source>Keys issued</source>
        <translation>Đã cấp khóa</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its requests in the network inspector</source>
        <translation>Nhấp đúp hoặc nhấn Enter để xem các yêu cầu trong trình kiểm tra mạng</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Mã truy vết</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>viopay::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mẫu máy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Không hoạt động</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Kích hoạt lúc</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa từng</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n giây trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Lần cuối hoạt động</translation>
    </message>
</context>
<context>
    <name>viopay::DevicesPage</name>
    <message>
        <source>%1 was released. It can be paired again with a new code.</source>
        <translation>Đã giải phóng %1. Có thể ghép nối lại thiết bị bằng mã mới.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>Chưa giải phóng được %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Đang giải phóng %1…</translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation>Giải phóng %1?</translation>
    </message>
    <message>
        <source>Release %1 (%2) from %3?</source>
        <translation>Giải phóng %1 (%2) khỏi %3?</translation>
    </message>
    <message>
        <source>The terminal stops belonging to this account until someone claims it again with a new code.</source>
        <translation>Thiết bị đầu cuối sẽ không còn thuộc tài khoản này cho đến khi có người nhận lại bằng mã mới.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>Giải phóng (&amp;R)</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Đang tải danh sách thiết bị…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %1 trên %n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices not loaded: %1</source>
        <translation>Chưa tải được danh sách thiết bị: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>%1-history.csv</source>
        <translation>%1-lich-su.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (%3)</source>
        <translation>%1 chưa được thay đổi: %2 (%3)</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Xuất danh sách thiết bị</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>thiet-bi.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>Đã lưu %n dòng vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Chưa lưu được vào %1: %2</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Chọn một thiết bị đầu cuối để xem lịch sử.</translation>
    </message>
    <message>
        <source>History of %1 not loaded: %2</source>
        <translation>Chưa tải được lịch sử của %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n event(s)</source>
        <translation>
            <numerusform>Lịch sử của %1: %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Trực tiếp</translation>
    </message>
    <message>
        <source>Changes on the server appear here as they happen</source>
        <translation>Các thay đổi trên máy chủ hiển thị tại đây ngay khi xảy ra</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Đã cập nhật %1</translation>
    </message>
    <message>
        <source>The server cannot be followed right now; the list is tried again on its own, or press F5</source>
        <translation>Hiện không theo dõi được máy chủ; danh sách sẽ tự thử lại, hoặc nhấn F5</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Giải phóng thiết bị đầu cuối đã chọn để có thể ghép nối lại (Delete)</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnoseDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation>Lưu gói hỗ trợ</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Tệp nén zip (*.zip)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Mục kiểm tra</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Đang kiểm tra %1 với %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: the first is selected below.</source>
        <translation>
            <numerusform>%n mục kiểm tra không đạt: mục đầu tiên được chọn bên dưới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s).</source>
        <translation>
            <numerusform>Không có mục kiểm tra nào không đạt; %n cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Mọi mục kiểm tra đều đạt.</translation>
    </message>
    <message>
        <source>The diagnosis is on the clipboard.</source>
        <translation>Kết quả chẩn đoán đã được sao chép vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation>Chưa lưu được gói hỗ trợ: %1</translation>
    </message>
    <message>
        <source>Saved %1. It holds no password, token or key.</source>
        <translation>Đã lưu %1. Tệp không chứa mật khẩu, token hay khóa nào.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Không khả dụng</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnosisSession</name>
    <message>
        <source>No diagnosis has finished yet.</source>
        <translation>Chưa có lần chẩn đoán nào hoàn tất.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeFilter</name>
    <message>
        <source>status: wants a status like 404 or 4xx, not &quot;%1&quot;.</source>
        <translation>status: cần một trạng thái như 404 hoặc 4xx, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>method: wants a method like GET or POST, not &quot;%1&quot;.</source>
        <translation>method: cần một phương thức như GET hoặc POST, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>device: wants a device id like POS-8F3A2C91.</source>
        <translation>device: cần một mã thiết bị như POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>trace: wants the hex digits of a trace id, not &quot;%1&quot;.</source>
        <translation>trace: cần các chữ số thập lục phân của mã truy vết, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;: use status:, method:, device:, trace: or plain words.</source>
        <translation>Bộ lọc không xác định &quot;%1:&quot;: hãy dùng status:, method:, device:, trace: hoặc từ khóa thông thường.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeLog</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Mã truy vết</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Thiết bị đầu cuối %1</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Người bán</translation>
    </message>
    <message>
        <source>Fault drill</source>
        <translation>Diễn tập lỗi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>viopay::FaultDrillsDialog</name>
    <message>
        <source>%1 was released: press R on its screen to pair it again.</source>
        <translation>Đã giải phóng %1: nhấn R trên màn hình của thiết bị để ghép nối lại.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>Chưa giải phóng được %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The drill was not applied: %1 (%2)</source>
        <translation>Chưa áp dụng được diễn tập: %1 (%2)</translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation>Không có lỗi: sandbox phản hồi bình thường.</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1% of answers %2</source>
        <translation>%1% số phản hồi là %2</translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation>Đang áp dụng: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s code was not expired: %2</source>
        <translation>Không thể làm hết hạn mã của %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s code expired now; the terminal asks for a new one.</source>
        <translation>Đã làm hết hạn mã của %1; thiết bị đầu cuối sẽ yêu cầu mã mới.</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Đang giải phóng %1…</translation>
    </message>
    <message>
        <source>Release the terminal from %1&apos;s account</source>
        <translation>Giải phóng thiết bị đầu cuối khỏi tài khoản của %1</translation>
    </message>
    <message>
        <source>Sign in as the terminal&apos;s merchant to release it</source>
        <translation>Đăng nhập bằng người bán sở hữu thiết bị đầu cuối để giải phóng thiết bị</translation>
    </message>
    <message>
        <source>5000 server error</source>
        <translation>5000 lỗi máy chủ</translation>
    </message>
    <message>
        <source>5030 service unavailable</source>
        <translation>5030 dịch vụ không khả dụng</translation>
    </message>
    <message>
        <source>4290 too many requests</source>
        <translation>4290 quá nhiều yêu cầu</translation>
    </message>
    <message>
        <source>4010 unauthorized</source>
        <translation>4010 chưa được xác thực</translation>
    </message>
    <message>
        <source>4041 code not found</source>
        <translation>4041 không tìm thấy mã</translation>
    </message>
    <message>
        <source>Fault drills not available: %1 Drills work against a Viopay sandbox.</source>
        <translation>Không dùng được diễn tập lỗi: %1 Diễn tập lỗi chỉ hoạt động với sandbox Viopay.</translation>
    </message>
    <message>
        <source>offline (connections dropped)</source>
        <translation>ngoại tuyến (kết nối bị ngắt)</translation>
    </message>
    <message>
        <source>every answer 503</source>
        <translation>mọi phản hồi đều là 503</translation>
    </message>
    <message>
        <source>No, answers normally</source>
        <translation>Không, trả lời bình thường</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>diễn tập kích hoạt cho %1</translation>
    </message>
</context>
<context>
    <name>viopay::HttpTransport</name>
    <message>
        <source>The answer is larger than 1 MiB.</source>
        <translation>Phản hồi lớn hơn 1 MiB.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Không nhận được phản hồi đầy đủ trong %1 giây.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>Phản hồi không phải là đối tượng JSON: %1</translation>
    </message>
    <message>
        <source>Abandoned for Retry now.</source>
        <translation>Đã bỏ dở vì chọn &quot;Thử lại ngay&quot;.</translation>
    </message>
</context>
<context>
    <name>viopay::InspectorWindow</name>
    <message>
        <source>Export HAR</source>
        <translation>Xuất HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Tệp lưu trữ HTTP (*.har)</translation>
    </message>
    <message>
        <source>Select a request to see its headers, body and timings.</source>
        <translation>Chọn một yêu cầu để xem header, nội dung và thời gian.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n yêu cầu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 trên %n yêu cầu khớp</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets stay redacted: fill them in to run it.</source>
        <translation>Đã sao chép dưới dạng lệnh curl. Thông tin bí mật vẫn được ẩn: hãy điền vào để chạy lệnh.</translation>
    </message>
    <message>
        <source>The HAR file could not be written to %1: %2</source>
        <translation>Không thể ghi tệp HAR vào %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>Đã lưu %n yêu cầu vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept log could not be deleted: %1</source>
        <translation>Không thể xóa nhật ký đã lưu: %1</translation>
    </message>
    <message>
        <source>The kept log is deleted and this list is empty.</source>
        <translation>Đã xóa nhật ký đã lưu và danh sách này đã trống.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskActivation</name>
    <message>
        <source>it was altered or wrapped under another key</source>
        <translation>khối đã bị sửa đổi hoặc được bọc bằng khóa khác</translation>
    </message>
    <message>
        <source>it is meant for another use</source>
        <translation>khối dành cho mục đích sử dụng khác</translation>
    </message>
    <message>
        <source>it is not an AES key block of TR-31 version D</source>
        <translation>đây không phải khối khóa AES theo TR-31 phiên bản D</translation>
    </message>
    <message>
        <source>it is not a well-formed TR-31 key block</source>
        <translation>đây không phải khối khóa TR-31 hợp lệ</translation>
    </message>
    <message>
        <source>it was sealed under another MSK</source>
        <translation>gói được niêm phong bằng MSK khác</translation>
    </message>
    <message>
        <source>it does not decrypt under this terminal&apos;s MSK</source>
        <translation>không giải mã được bằng MSK của thiết bị đầu cuối này</translation>
    </message>
    <message>
        <source>its compressed content is damaged</source>
        <translation>nội dung nén bị hỏng</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>gói quá lớn</translation>
    </message>
    <message>
        <source>it is not a well-formed MSK envelope</source>
        <translation>đây không phải gói MSK hợp lệ</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Chứng thực</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Terminal parameters</source>
        <translation>Tham số thiết bị đầu cuối</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Kích hoạt</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>This terminal has no factory secrets (identity key and ZMK) to attest with.</source>
        <translation>Thiết bị đầu cuối này không có bí mật xuất xưởng (khóa định danh và ZMK) để chứng thực.</translation>
    </message>
    <message>
        <source>The attestation ran out before this step; Viopay allows %1 for the steps after it.</source>
        <translation>Chứng thực đã hết hạn trước bước này; Viopay cho phép %1 cho các bước sau chứng thực.</translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation>Phản hồi không có %1.</translation>
    </message>
    <message>
        <source>The %1 is declared for &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 được khai báo cho &quot;%2&quot;, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1&apos;s key block could not be unwrapped: %2.</source>
        <translation>Không thể mở bọc khối khóa của %1: %2.</translation>
    </message>
    <message>
        <source>The %1&apos;s check value %2 does not match the key it unwrapped.</source>
        <translation>Giá trị kiểm tra %2 của %1 không khớp với khóa đã mở bọc.</translation>
    </message>
    <message>
        <source>The configuration could not be opened: %1.</source>
        <translation>Không thể mở cấu hình: %1.</translation>
    </message>
    <message>
        <source>The configuration names no terminal id.</source>
        <translation>Cấu hình không nêu mã thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>The configuration is for device %1, not this terminal.</source>
        <translation>Cấu hình dành cho thiết bị %1, không phải thiết bị đầu cuối này.</translation>
    </message>
    <message>
        <source>The terminal parameters could not be opened: %1.</source>
        <translation>Không thể mở tham số thiết bị đầu cuối: %1.</translation>
    </message>
    <message>
        <source>The terminal parameters are not JSON.</source>
        <translation>Tham số thiết bị đầu cuối không phải là JSON.</translation>
    </message>
    <message>
        <source>This terminal holds no MSK to seal its answer with.</source>
        <translation>Thiết bị đầu cuối này không có MSK để niêm phong phản hồi.</translation>
    </message>
    <message>
        <source>The answer to the activation does not say &quot;activated&quot;.</source>
        <translation>Phản hồi cho yêu cầu kích hoạt không có &quot;activated&quot;.</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s identity key %1, or has revoked it.</source>
        <translation>Viopay không nhận ra khóa định danh %1 của thiết bị đầu cuối này, hoặc đã thu hồi khóa.</translation>
    </message>
    <message>
        <source>Viopay has seen this attestation&apos;s nonce before.</source>
        <translation>Viopay đã từng thấy nonce của lần chứng thực này.</translation>
    </message>
    <message>
        <source>The attestation&apos;s signature does not match this terminal&apos;s identity secret.</source>
        <translation>Chữ ký của chứng thực không khớp với bí mật định danh của thiết bị đầu cuối này.</translation>
    </message>
    <message>
        <source>Viopay no longer accepts this terminal&apos;s attestation; it has to attest again.</source>
        <translation>Viopay không còn chấp nhận chứng thực của thiết bị đầu cuối này; thiết bị phải chứng thực lại.</translation>
    </message>
    <message>
        <source>Viopay expected another step first; the terminal has to attest again.</source>
        <translation>Viopay cần một bước khác trước; thiết bị đầu cuối phải chứng thực lại.</translation>
    </message>
    <message>
        <source>Viopay says this terminal is not claimed by a merchant.</source>
        <translation>Viopay cho biết thiết bị đầu cuối này chưa được người bán nào nhận.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is too far from Viopay&apos;s; attestation allows 5 minutes behind and 1 minute ahead.</source>
        <translation>Đồng hồ của thiết bị đầu cuối này lệch quá nhiều so với Viopay; chứng thực cho phép chậm tối đa 5 phút và nhanh tối đa 1 phút.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 ahead of Viopay&apos;s; attestation allows 1 minute.</source>
        <translation>Đồng hồ của thiết bị đầu cuối này nhanh hơn Viopay %1; chứng thực cho phép 1 phút.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 behind Viopay&apos;s; attestation allows 5 minutes.</source>
        <translation>Đồng hồ của thiết bị đầu cuối này chậm hơn Viopay %1; chứng thực cho phép 5 phút.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskRoomWindow</name>
    <message numerus="yes">
        <source>Viopay Pairing · %n terminal(s)</source>
        <translation>
            <numerusform>Viopay Pairing · %n thiết bị đầu cuối</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to show.</source>
        <translation>Không có thiết bị đầu cuối nào để hiển thị.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskSettingsDialog</name>
    <message>
        <source>Open kiosk</source>
        <translation>Mở kiosk</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>1 device provisioned on this sandbox: pick it or type an id.</source>
        <translation>Có 1 thiết bị đã được cấp phép trên sandbox này: hãy chọn thiết bị đó hoặc nhập mã.</translation>
    </message>
    <message>
        <source>%1 devices provisioned on this sandbox: pick one or type an id.</source>
        <translation>Có %1 thiết bị đã được cấp phép trên sandbox này: hãy chọn một thiết bị hoặc nhập mã.</translation>
    </message>
    <message>
        <source>The list of devices is not available (%1); type the id.</source>
        <translation>Không có danh sách thiết bị (%1); hãy nhập mã thiết bị.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>viopay::KioskWindow</name>
    <message>
        <source>in step with the server</source>
        <translation>khớp với máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 behind the server</source>
        <translation>chậm hơn máy chủ %1</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>nhanh hơn máy chủ %1</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Đang kết nối tới Viopay…</translation>
    </message>
    <message>
        <source>Getting a pairing code…</source>
        <translation>Đang lấy mã ghép nối…</translation>
    </message>
    <message>
        <source>This terminal now belongs to %1.</source>
        <translation>Thiết bị đầu cuối này hiện thuộc về %1.</translation>
    </message>
    <message>
        <source>A merchant has claimed this terminal.</source>
        <translation>Một người bán đã nhận thiết bị đầu cuối này.</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>Cần cập nhật</translation>
    </message>
    <message>
        <source>This app is older than version %1, the oldest the service accepts. Update the app to pair this terminal.</source>
        <translation>Ứng dụng này cũ hơn phiên bản %1, phiên bản cũ nhất mà dịch vụ chấp nhận. Hãy cập nhật ứng dụng để ghép nối thiết bị đầu cuối này.</translation>
    </message>
    <message>
        <source>This device is not provisioned</source>
        <translation>Thiết bị này chưa được cấp phép</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s device id. Check the id, or ask your Viopay contact to provision it.</source>
        <translation>Viopay không nhận ra mã thiết bị của thiết bị đầu cuối này. Hãy kiểm tra lại mã, hoặc đề nghị người liên hệ Viopay của bạn cấp phép cho thiết bị.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Mã ghép nối %1</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>Thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <source>held by the server, a claim shows at once</source>
        <translation>máy chủ giữ kết nối, lượt nhận thiết bị hiển thị ngay lập tức</translation>
    </message>
    <message>
        <source>asked every %1 s</source>
        <translation>truy vấn mỗi %1 giây</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Đồng hồ: %1</translation>
    </message>
    <message>
        <source>Status updates: %1</source>
        <translation>Cập nhật trạng thái: %1</translation>
    </message>
    <message>
        <source>Codes this session: %1</source>
        <translation>Số mã trong phiên này: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n second(s).</source>
        <translation>
            <numerusform>Cứ %n giây sẽ có mã mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n minute(s).</source>
        <translation>
            <numerusform>Cứ %n phút sẽ có mã mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>First code of this session.</source>
        <translation>Mã đầu tiên của phiên này.</translation>
    </message>
    <message>
        <source>Code %1 of this session.</source>
        <translation>Mã thứ %1 của phiên này.</translation>
    </message>
    <message>
        <source>The previous code was replaced elsewhere; showing a new one.</source>
        <translation>Mã trước đó đã được thay thế ở nơi khác; đang hiển thị mã mới.</translation>
    </message>
    <message>
        <source>%1 The code stays valid; the terminal keeps checking for a claim.
%2</source>
        <translation>%1 Mã vẫn còn hiệu lực; thiết bị đầu cuối tiếp tục kiểm tra xem đã được nhận chưa.
%2</translation>
    </message>
    <message>
        <source>Viopay terminal %1</source>
        <translation>Thiết bị đầu cuối Viopay %1</translation>
    </message>
    <message>
        <source>This terminal was released by its merchant; pair it again with this code.</source>
        <translation>Người bán đã giải phóng thiết bị đầu cuối này; hãy ghép nối lại bằng mã này.</translation>
    </message>
    <message>
        <source>This terminal is claimed by a merchant; release it in the merchant&apos;s device list to pair it again.</source>
        <translation>Thiết bị đầu cuối này đã được một người bán nhận; hãy giải phóng nó trong danh sách thiết bị của người bán để ghép nối lại.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Chi tiết kết nối</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Attestation valid for another %1:%2</source>
        <translation>Chứng thực còn hiệu lực thêm %1:%2</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Thiết bị đầu cuối %1</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>Kích hoạt lúc %1</translation>
    </message>
    <message>
        <source>Activation stopped at step %1 of %2: %3</source>
        <translation>Kích hoạt đã dừng ở bước %1 trên %2: %3</translation>
    </message>
    <message>
        <source>Retry starts again at: %1.</source>
        <translation>Lần thử lại sẽ bắt đầu lại từ: %1.</translation>
    </message>
    <message>
        <source>(clock offset %1 s)</source>
        <translation>(độ lệch đồng hồ %1 giây)</translation>
    </message>
    <message>
        <source>Warning: this terminal&apos;s clock is %1; attestation allows %2 behind and %3 ahead, so activation will fail.</source>
        <translation>Cảnh báo: đồng hồ của thiết bị đầu cuối này %1; chứng thực cho phép chậm tối đa %2 và nhanh tối đa %3, nên kích hoạt sẽ thất bại.</translation>
    </message>
</context>
<context>
    <name>viopay::LocationComboBox</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>viopay::LocationDelegate</name>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>The store this terminal belongs to</source>
        <translation>Cửa hàng mà thiết bị đầu cuối này thuộc về</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantSession</name>
    <message>
        <source>Your role (%1) can see the terminals but not claim, release, rename or move them. Ask an administrator of %2.</source>
        <translation>Vai trò của bạn (%1) được xem thiết bị đầu cuối nhưng không được nhận, giải phóng, đổi tên hay chuyển chúng. Hãy hỏi quản trị viên của %2.</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantWindow</name>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Đã đăng nhập với tư cách &lt;b&gt;%1&lt;/b&gt; cho &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This sign-in could not be kept: the keychain is locked or not available (%1). You are signed in for this session only.</source>
        <translation>Không thể duy trì phiên đăng nhập này: chuỗi khóa (keychain) đang bị khóa hoặc không khả dụng (%1). Bạn chỉ được đăng nhập trong phiên này.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Đăng xuất?</translation>
    </message>
    <message>
        <source>Sign out of this computer?</source>
        <translation>Đăng xuất khỏi máy tính này?</translation>
    </message>
    <message>
        <source>This sign-in is not kept, so you will need your password to sign in again.</source>
        <translation>Phiên đăng nhập này không được duy trì, nên bạn sẽ cần mật khẩu để đăng nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Đăng xuất (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>Duy trì đăng nhập (&amp;T)</translation>
    </message>
</context>
<context>
    <name>viopay::ModeChooserDialog</name>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Để trống để dùng sandbox tích hợp sẵn.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name, such as https://api.viopay.io.</source>
        <translation>Nhập địa chỉ http:// hoặc https:// có tên máy chủ, ví dụ https://api.viopay.io.</translation>
    </message>
</context>
<context>
    <name>viopay::PairingDiagnosis</name>
    <message>
        <source>Not checked: the app refuses this server&apos;s address.</source>
        <translation>Chưa kiểm tra: ứng dụng từ chối địa chỉ của máy chủ này.</translation>
    </message>
    <message>
        <source>Not checked: the server could not be reached.</source>
        <translation>Chưa kiểm tra: không thể kết nối tới máy chủ.</translation>
    </message>
    <message>
        <source>/health/live answered in %1 ms.</source>
        <translation>/health/live đã phản hồi trong %1 ms.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no /health/live.</source>
        <translation>Không khả dụng trên máy chủ này: máy chủ không có /health/live.</translation>
    </message>
    <message>
        <source>/health/live failed: %1</source>
        <translation>/health/live thất bại: %1</translation>
    </message>
    <message>
        <source>The service itself has a problem: tell Viopay support, with the trace id.</source>
        <translation>Bản thân dịch vụ đang gặp sự cố: hãy báo cho bộ phận hỗ trợ Viopay, kèm mã truy vết.</translation>
    </message>
    <message>
        <source>Not checked: the server accepts connections but did not answer.</source>
        <translation>Chưa kiểm tra: máy chủ chấp nhận kết nối nhưng không phản hồi.</translation>
    </message>
    <message>
        <source>Not checked: the server did not answer bootstrap for this device.</source>
        <translation>Chưa kiểm tra: máy chủ không phản hồi bootstrap cho thiết bị này.</translation>
    </message>
    <message>
        <source>The server does not know %1: it is not provisioned.</source>
        <translation>Máy chủ không nhận ra %1: thiết bị chưa được cấp phép.</translation>
    </message>
    <message>
        <source>A terminal must be provisioned before it can pair: ask Viopay (or the sandbox&apos;s admin) to provision %1, and check the id on the terminal&apos;s label.</source>
        <translation>Thiết bị đầu cuối phải được cấp phép trước khi ghép nối: hãy đề nghị Viopay (hoặc quản trị viên sandbox) cấp phép cho %1, và kiểm tra mã trên nhãn của thiết bị.</translation>
    </message>
    <message>
        <source>Bootstrap as this device failed: %1</source>
        <translation>Bootstrap với tư cách thiết bị này thất bại: %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Vui lòng thử lại sau giây lát; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ Viopay, kèm mã truy vết.</translation>
    </message>
    <message>
        <source>Not checked: the device&apos;s bootstrap did not succeed.</source>
        <translation>Chưa kiểm tra: bootstrap của thiết bị không thành công.</translation>
    </message>
    <message>
        <source>The server knows %1 (bootstrap answered).</source>
        <translation>Máy chủ nhận ra %1 (bootstrap đã phản hồi).</translation>
    </message>
    <message>
        <source>this computer&apos;s clock agrees with the server&apos;s</source>
        <translation>đồng hồ của máy tính này khớp với đồng hồ của máy chủ</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead</source>
        <translation>đồng hồ của máy tính này nhanh %1</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind</source>
        <translation>đồng hồ của máy tính này chậm %1</translation>
    </message>
    <message>
        <source>%1 (server time %2); attestation allows 5 min behind and 1 min ahead.</source>
        <translation>%1 (giờ máy chủ %2); chứng thực cho phép chậm tối đa 5 phút và nhanh tối đa 1 phút.</translation>
    </message>
    <message>
        <source>%1 (server time %2), outside what attestation allows: 5 min behind, 1 min ahead.</source>
        <translation>%1 (giờ máy chủ %2), vượt quá mức chứng thực cho phép: chậm 5 phút, nhanh 1 phút.</translation>
    </message>
    <message>
        <source>Set the terminal&apos;s date, time and time zone automatically (NTP), then try again.</source>
        <translation>Hãy đặt ngày, giờ và múi giờ của thiết bị đầu cuối ở chế độ tự động (NTP), rồi thử lại.</translation>
    </message>
    <message>
        <source>Not available on this server: it names no minimum version.</source>
        <translation>Không khả dụng trên máy chủ này: máy chủ không nêu phiên bản tối thiểu.</translation>
    </message>
    <message>
        <source>App version %1 is below the server&apos;s minimum %2.</source>
        <translation>Phiên bản ứng dụng %1 thấp hơn mức tối thiểu %2 của máy chủ.</translation>
    </message>
    <message>
        <source>Update the Viopay app on the terminal to %1 or later.</source>
        <translation>Hãy cập nhật ứng dụng Viopay trên thiết bị đầu cuối lên %1 hoặc mới hơn.</translation>
    </message>
    <message>
        <source>App version %1 meets the server&apos;s minimum %2.</source>
        <translation>Phiên bản ứng dụng %1 đáp ứng mức tối thiểu %2 của máy chủ.</translation>
    </message>
    <message>
        <source>The device&apos;s status could not be read: %1</source>
        <translation>Không đọc được trạng thái của thiết bị: %1</translation>
    </message>
    <message>
        <source>a merchant</source>
        <translation>một người bán</translation>
    </message>
    <message>
        <source>Already paired and activated, by %1.</source>
        <translation>Đã được ghép nối và kích hoạt bởi %1.</translation>
    </message>
    <message>
        <source>Nothing to pair. To pair it with another merchant, its merchant releases it first.</source>
        <translation>Không cần ghép nối. Để ghép nối với người bán khác, người bán hiện tại phải giải phóng thiết bị trước.</translation>
    </message>
    <message>
        <source>Already claimed by %1; activation has not finished.</source>
        <translation>Đã được %1 nhận; quá trình kích hoạt chưa hoàn tất.</translation>
    </message>
    <message>
        <source>Let the terminal finish activation (attest, keys, config, activate). To pair it with another merchant, its merchant releases it first.</source>
        <translation>Hãy để thiết bị đầu cuối hoàn tất kích hoạt (chứng thực, khóa, cấu hình, kích hoạt). Để ghép nối với người bán khác, người bán hiện tại phải giải phóng thiết bị trước.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant, %1 left.</source>
        <translation>Một mã ghép nối đang chờ người bán, còn %1.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant.</source>
        <translation>Một mã ghép nối đang chờ người bán.</translation>
    </message>
    <message>
        <source>The merchant claims the code on the terminal&apos;s screen before it runs out.</source>
        <translation>Người bán nhận mã trên màn hình thiết bị đầu cuối trước khi mã hết hạn.</translation>
    </message>
    <message>
        <source>The terminal&apos;s last pairing code expired unclaimed.</source>
        <translation>Mã ghép nối gần nhất của thiết bị đầu cuối đã hết hạn mà chưa được nhận.</translation>
    </message>
    <message>
        <source>Show a new code on the terminal and claim it within 5 minutes.</source>
        <translation>Hãy hiển thị mã mới trên thiết bị đầu cuối và nhận mã trong vòng 5 phút.</translation>
    </message>
    <message>
        <source>Not claimed, and no pairing code yet.</source>
        <translation>Chưa được nhận và chưa có mã ghép nối.</translation>
    </message>
    <message>
        <source>Start pairing on the terminal to show a code, then the merchant claims it.</source>
        <translation>Hãy bắt đầu ghép nối trên thiết bị đầu cuối để hiển thị mã, sau đó người bán nhận mã.</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>Không khả dụng: hãy đăng nhập bằng tài khoản người bán để kiểm tra.</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s admin endpoints need --admin-token for a server beyond this computer.</source>
        <translation>Không khả dụng: các điểm cuối quản trị của sandbox cần --admin-token với máy chủ nằm ngoài máy tính này.</translation>
    </message>
    <message>
        <source>Not available on this server: it is not a sandbox.</source>
        <translation>Không khả dụng trên máy chủ này: đây không phải là sandbox.</translation>
    </message>
    <message>
        <source>Not available: the sandbox refused its admin endpoints (HTTP %1).</source>
        <translation>Không khả dụng: sandbox từ chối truy cập các điểm cuối quản trị (HTTP %1).</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s fault drills could not be read: %1</source>
        <translation>Không khả dụng: không đọc được diễn tập lỗi của sandbox: %1</translation>
    </message>
    <message>
        <source>Give the sandbox&apos;s admin token with --admin-token (or VIOPAY_SANDBOX_ADMIN_TOKEN).</source>
        <translation>Hãy cung cấp token quản trị của sandbox bằng --admin-token (hoặc VIOPAY_SANDBOX_ADMIN_TOKEN).</translation>
    </message>
    <message>
        <source>Not available: needs the sandbox&apos;s admin endpoints.</source>
        <translation>Không khả dụng: cần các điểm cuối quản trị của sandbox.</translation>
    </message>
    <message>
        <source>offline (every API answer 503)</source>
        <translation>ngoại tuyến (mọi phản hồi API đều là 503)</translation>
    </message>
    <message>
        <source>%1 ms added latency</source>
        <translation>thêm %1 ms độ trễ</translation>
    </message>
    <message>
        <source>%1% of answers replaced by error %2</source>
        <translation>%1% số phản hồi bị thay bằng lỗi %2</translation>
    </message>
    <message>
        <source>No fault drill is in force.</source>
        <translation>Không có diễn tập lỗi nào đang áp dụng.</translation>
    </message>
    <message>
        <source>Fault drills in force: %1.</source>
        <translation>Diễn tập lỗi đang áp dụng: %1.</translation>
    </message>
    <message>
        <source>These make the sandbox fail on purpose: turn them off (Fault drills, or PUT /sandbox/faults with the defaults) unless you are training with them.</source>
        <translation>Các diễn tập này cố ý làm sandbox gặp lỗi: hãy tắt chúng (Diễn tập lỗi, hoặc PUT /sandbox/faults với giá trị mặc định) trừ khi bạn đang luyện tập với chúng.</translation>
    </message>
    <message>
        <source>Not checked: the device is not provisioned.</source>
        <translation>Chưa kiểm tra: thiết bị chưa được cấp phép.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no factory secrets endpoint.</source>
        <translation>Không khả dụng trên máy chủ này: máy chủ không có điểm cuối bí mật xuất xưởng.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Không khả dụng: %1</translation>
    </message>
    <message>
        <source>Not available: the answer names no identity key.</source>
        <translation>Không khả dụng: phản hồi không nêu khóa định danh nào.</translation>
    </message>
    <message>
        <source>The identity key %1 is revoked.</source>
        <translation>Khóa định danh %1 đã bị thu hồi.</translation>
    </message>
    <message>
        <source>Attestation will fail: the sandbox&apos;s admin re-provisions the terminal.</source>
        <translation>Chứng thực sẽ thất bại: quản trị viên sandbox cần cấp phép lại cho thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>The identity key %1 is active.</source>
        <translation>Khóa định danh %1 đang hoạt động.</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>diễn tập kích hoạt cho %1</translation>
    </message>
    <message>
        <source>Not checked: no app version was given. The server&apos;s minimum is %1.</source>
        <translation>Chưa kiểm tra: chưa nhập phiên bản ứng dụng. Mức tối thiểu của máy chủ là %1.</translation>
    </message>
    <message>
        <source>Give the version the terminal&apos;s app shows in its settings to check it.</source>
        <translation>Hãy nhập phiên bản mà ứng dụng trên thiết bị hiển thị trong phần cài đặt để kiểm tra.</translation>
    </message>
</context>
<context>
    <name>viopay::SignInPage</name>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-mail (&amp;E)</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Khóa bí mật ứng dụng khách (&amp;E)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mật khẩu (&amp;W)</translation>
    </message>
    <message>
        <source>e.g. cafe-lumen-desk</source>
        <translation>ví dụ: cafe-lumen-desk</translation>
    </message>
    <message>
        <source>name@business.example</source>
        <translation>name@business.example</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID ứng dụng khách</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Khóa bí mật ứng dụng khách</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The client secret is kept in this computer&apos;s keychain, nowhere else.</source>
        <translation>Khóa bí mật ứng dụng khách chỉ được lưu trong chuỗi khóa (keychain) của máy tính này, không ở nơi nào khác.</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Chỉ lưu mã thông báo đăng nhập, trong chuỗi khóa (keychain) của máy tính này; không bao giờ lưu mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>The server address is not a web address such as https://api.viopay.io.</source>
        <translation>Địa chỉ máy chủ không phải là địa chỉ web, chẳng hạn như https://api.viopay.io.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Đăng nhập (&amp;I)</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Đang đăng nhập với tư cách %1…</translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation>ID ứng dụng khách hoặc khóa bí mật ứng dụng khách không đúng.</translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong.</source>
        <translation>E-mail hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked. Try again in %1.</source>
        <translation>Quá nhiều lần đăng nhập không thành công: tài khoản này đã bị khóa. Vui lòng thử lại sau %1.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Bạn có thể thử đăng nhập lại ngay bây giờ.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Phiên đăng nhập đã lưu của bạn đã hết hạn hoặc bị thu hồi. Vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; nothing you typed was lost.</source>
        <translation>Máy chủ đã kết thúc phiên của bạn. Vui lòng đăng nhập lại; những gì bạn đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is locked or not available (%1), so a sign-in cannot be kept. Sign in for this session only.</source>
        <translation>Chuỗi khóa (keychain) của máy tính này đang bị khóa hoặc không khả dụng (%1), nên không thể duy trì đăng nhập. Bạn chỉ có thể đăng nhập trong phiên này.</translation>
    </message>
    <message>
        <source>Fill in the client id.</source>
        <translation>Hãy nhập id ứng dụng.</translation>
    </message>
    <message>
        <source>Fill in the e-mail address.</source>
        <translation>Hãy nhập địa chỉ email.</translation>
    </message>
    <message>
        <source>Fill in the client secret.</source>
        <translation>Hãy nhập mã bí mật của ứng dụng.</translation>
    </message>
    <message>
        <source>Fill in the password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>ID ứng dụng khách (&amp;D)</translation>
    </message>
    <message>
        <source>Sign &amp;in with password</source>
        <translation>Đăng nhập bằng mật khẩu (&amp;I)</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so you are not signed in. Try again, or ask your administrator for access.</source>
        <translation>Việc đăng nhập đã bị từ chối trong trình duyệt, nên bạn chưa đăng nhập. Hãy thử lại, hoặc đề nghị quản trị viên cấp quyền truy cập.</translation>
    </message>
    <message>
        <source>Browser sign-in cancelled. Nothing waits for the browser any more; a sign-in finished there now has no effect.</source>
        <translation>Đã hủy đăng nhập qua trình duyệt. Ứng dụng không còn chờ trình duyệt; việc đăng nhập hoàn tất ở đó giờ không có tác dụng.</translation>
    </message>
    <message>
        <source>The browser came back from a sign-in this app did not start, so it was ignored. Sign in again.</source>
        <translation>Trình duyệt trả về từ một lần đăng nhập không do ứng dụng này khởi tạo, nên đã bị bỏ qua. Hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>The sign-in service %1 could not be reached: %2</source>
        <translation>Không thể kết nối tới dịch vụ đăng nhập %1: %2</translation>
    </message>
    <message>
        <source>The browser sign-in did not complete: %1</source>
        <translation>Đăng nhập qua trình duyệt chưa hoàn tất: %1</translation>
    </message>
    <message>
        <source>Checking the connection to Viopay…</source>
        <translation>Đang kiểm tra kết nối tới Viopay…</translation>
    </message>
    <message>
        <source>Viopay reachable</source>
        <translation>Có thể truy cập Viopay</translation>
    </message>
    <message>
        <source>The server answers, but not as Viopay: its health check gave HTTP %1.</source>
        <translation>Máy chủ có phản hồi, nhưng không phải Viopay: kiểm tra tình trạng trả về HTTP %1.</translation>
    </message>
    <message>
        <source>Viopay is not reachable: %1</source>
        <translation>Không thể truy cập Viopay: %1</translation>
    </message>
</context>
<context>
    <name>viopay::StillWaitingNotice</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>Thử lại ngay (&amp;R)</translation>
    </message>
    <message>
        <source>Gives up on the attempt that gets no answer and sends it again now</source>
        <translation>Bỏ lần thử không nhận được phản hồi và gửi lại ngay</translation>
    </message>
    <message>
        <source>Still waiting for %1… (attempt %2 of %3)</source>
        <translation>Vẫn đang chờ %1… (lần thử %2 trên %3)</translation>
    </message>
</context>
<context>
    <name>viopay::TextStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
</context>
<context>
    <name>viopay::Workspace</name>
    <message>
        <source>Only %1 of %2 terminals could be provisioned.</source>
        <translation>Chỉ cấp phép được %1 trên %2 thiết bị đầu cuối.</translation>
    </message>
    <message>
        <source>The server has %1 provisioned terminals; %2 were asked for.</source>
        <translation>Máy chủ có %1 thiết bị đầu cuối đã được cấp phép; số lượng yêu cầu là %2.</translation>
    </message>
    <message>
        <source>Terminals not listed: %1</source>
        <translation>Không liệt kê được thiết bị đầu cuối: %1</translation>
    </message>
</context>
</TS>
