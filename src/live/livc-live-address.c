/* livc-live-address.c: the network addresses the live round can be offered on.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "livc-live-round.h"

GPtrArray *
livc_live_round_list_addresses (void)
{
  GPtrArray *addresses = g_ptr_array_new_with_free_func (g_object_unref);
  struct ifaddrs *list = NULL;

  if (getifaddrs (&list) != 0)
    return addresses;
  for (struct ifaddrs *ifa = list; ifa != NULL; ifa = ifa->ifa_next)
    {
      GInetAddress *address;

      if (ifa->ifa_addr == NULL || ifa->ifa_addr->sa_family != AF_INET)
        continue;
      if ((ifa->ifa_flags & IFF_UP) == 0 || (ifa->ifa_flags & IFF_LOOPBACK) != 0)
        continue;
      address = g_inet_address_new_from_bytes (
        (const guint8 *) &((struct sockaddr_in *) (void *) ifa->ifa_addr)->sin_addr,
        G_SOCKET_FAMILY_IPV4);
      g_ptr_array_add (addresses, address);
    }
  freeifaddrs (list);
  return addresses;
}
