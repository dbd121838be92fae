/*
 * The Selective Sync page in the browser: an ID text longer than the server accepts is refused
 * before it is posted (a host server may refuse such a large form before the tool sees it).
 */
var SelectiveSync = {
  fits: function () {
    var field = document.getElementById('sync:keys');
    if (field.value.length <= Number(field.dataset.max)) {
      return true;
    }
    var message = document.getElementById('sync:keysMessage');
    message.textContent = field.dataset.tooLong;
    message.className = 'ui-message ui-message-error ui-widget ui-corner-all';
    document.getElementById('sync:keyCount').textContent = '';
    return false;
  }
};

/* A paste or drop with the mouse changes the IDs without a key: count them as if typed. */
document.addEventListener('input', function (event) {
  if (event.target.id === 'sync:keys' && !event.isComposing) {
    jQuery(event.target).trigger('keyup');
  }
});
