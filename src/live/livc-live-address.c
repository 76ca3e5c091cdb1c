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

/* The name of the interface that holds address ("wlp2s0"), for the facilitator to know
 * which network it is; NULL when none does. */
char *
livc_live_round_dup_interface_name (GInetAddress *address)
{
  struct ifaddrs *list = NULL;
  char *name = NULL;

  g_return_val_if_fail (G_IS_INET_ADDRESS (address), NULL);

  if (getifaddrs (&list) != 0)
    return NULL;
  for (struct ifaddrs *ifa = list; ifa != NULL && name == NULL; ifa = ifa->ifa_next)
    {
      g_autoptr(GSocketAddress) candidate = NULL;

      if (ifa->ifa_addr == NULL || ifa->ifa_addr->sa_family != AF_INET)
        continue;
      candidate = g_socket_address_new_from_native (ifa->ifa_addr, sizeof (struct sockaddr_in));
      if (candidate != NULL
          && g_inet_address_equal (address,
                                   g_inet_socket_address_get_address (
                                     G_INET_SOCKET_ADDRESS (candidate))))
        name = g_strdup (ifa->ifa_name);
    }
  freeifaddrs (list);
  return name;
}
