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
