#!/usr/bin/env bash
# Starts the local MariaDB and Redis this machine kind ships, when they are not running,
# and creates the `tandem` database. Used by .ci/run and by people trying the MariaDB path.
set -euo pipefail
if ! mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql --protocol=tcp -h127.0.0.1 -uroot -e 'CREATE DATABASE IF NOT EXISTS tandem CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;'
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
fi
echo "MariaDB: mysql://root@127.0.0.1:3306/tandem   Redis: redis://127.0.0.1:6379"
