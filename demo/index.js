// The demo portal's start page: shows the server's clock in Vietnam time and whether the plugin loaded.
const vietnamTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'full', timeStyle: 'short' });

async function showServerTime() {
  const target = document.getElementById('server-time');
  try {
    const response = await fetch('/api/v1/time');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { epochMs } = await response.json();
    target.textContent = vietnamTime.format(epochMs);
  } catch (error) {
    target.textContent = `Không lấy được giờ máy chủ / Cannot reach the server (${error.message}).`;
  }
}

async function showModule() {
  const target = document.getElementById('module-status');
  try {
    const module = await import('/cqtt/self-contained/cqtt.js');
    target.textContent = typeof module.mount === 'function' ? 'Đã tải (self-contained)' : 'Mô-đun không đúng định dạng';
  } catch (error) {
    target.textContent = `Không tải được mô-đun / Module failed to load (${error.message}).`;
  }
}

showServerTime();
showModule();
