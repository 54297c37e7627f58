/**
 * Preloaded (`node -r`) into Learning Locker's statements service. The service calls
 * `app.listen(EXPRESS_PORT)`, which binds every interface; tests must listen on 127.0.0.1 only
 * and on a free port. This pins the first `listen` of the process to 127.0.0.1:0 and tells the
 * parent the port it got over the IPC channel (`{ lrsPort }`).
 */
'use strict';
const http = require('node:http');

const listen = http.Server.prototype.listen;
let pinned = false;
http.Server.prototype.listen = function pinnedListen(...args) {
  if (pinned) return listen.apply(this, args);
  pinned = true;
  const callback = args.find((arg) => typeof arg === 'function');
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address && typeof address === 'object') process.send({ lrsPort: address.port });
  });
  return callback ? listen.call(this, 0, '127.0.0.1', callback) : listen.call(this, 0, '127.0.0.1');
};
