@Service
public class CouponService {
    public void expire(Coupon coupon) {
        coupon.setStatus(‹0›);
        coupon.setUseCount(‹100›);
        couponMapper.updateById(coupon);
    }

    public void activate(Coupon coupon) {
        coupon.setStatus(‹1›);
    }
}

public class LegacyServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(«204»);
        response.setBufferSize(‹404›);
    }
}

class CouponServiceTest {
    @Test
    void expiresCoupons() {
        service.expire(coupon);
        assertEquals(‹0›, coupon.getStatus());
        if (coupon.getStatus() == ‹2›) {
            fail("archived");
        }
    }

    @Test
    void servletAnswersNoContent() throws Exception {
        MvcResult result = mvc.perform(get("/legacy")).andReturn();
        assertEquals(«204», result.getResponse().getStatus());
        assertThat(response.getStatus()).isEqualTo(«1000»);
    }
}
